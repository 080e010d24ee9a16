package app.waypoint.base.service;

import java.util.List;

/** A study group someone owns, with the titles of its team projects, oldest first. */
public record OwnedGroup(long id, String name, List<String> teamProjects) {
}
