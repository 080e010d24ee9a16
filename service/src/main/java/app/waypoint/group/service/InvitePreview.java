package app.waypoint.group.service;

/** What someone holding a valid invite sees before they confirm joining. */
public record InvitePreview(long groupId, String groupName, String description, long memberCount,
                            boolean alreadyMember, boolean removed) {
}
