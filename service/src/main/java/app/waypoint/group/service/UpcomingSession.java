package app.waypoint.group.service;

import java.time.LocalDate;

/** A group's next study session, as a member's home page lists it. */
public record UpcomingSession(long groupId, String groupName, LocalDate heldOn, String topic) {
}
