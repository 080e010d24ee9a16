package app.waypoint.group.service;

import app.waypoint.group.domain.GroupRole;

/** A group in the person's list: what it is, their role and how many members it has. */
public record GroupSummary(long id, String name, String description, GroupRole myRole, long memberCount) {
}
