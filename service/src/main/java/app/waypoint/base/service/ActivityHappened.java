package app.waypoint.base.service;

import app.waypoint.base.domain.ActivityKind;
import app.waypoint.base.domain.LocalizedText;

/**
 * Published when a person does something their study groups may see (a topic done, a problem solved, a milestone
 * reached, a group joined). Features publish it without knowing who listens. It carries its scope, so a group's
 * feed can show only what that group may see: the group it belongs to (the group joined, or the group that owns
 * the project of a milestone) and, for a finished topic, the roadmap and the topic.
 */
public record ActivityHappened(long accountId, ActivityKind kind, LocalizedText subject, Long groupId,
                               Long roadmapId, Long topicId) {

    /** Personal activity with no scope of its own: a problem solved, a milestone of a personal project. */
    public static ActivityHappened of(long accountId, ActivityKind kind, String subject) {
        return new ActivityHappened(accountId, kind, new LocalizedText(subject, subject), null, null, null);
    }

    public static ActivityHappened topicDone(long accountId, long roadmapId, long topicId, LocalizedText title) {
        return new ActivityHappened(accountId, ActivityKind.TOPIC_DONE, title, null, roadmapId, topicId);
    }

    public static ActivityHappened memberJoined(long accountId, long groupId, String groupName) {
        return new ActivityHappened(accountId, ActivityKind.MEMBER_JOINED, new LocalizedText(groupName, groupName),
                groupId, null, null);
    }

    /** A milestone reached; {@code teamGroupId} is the group owning the project, or null for a personal one. */
    public static ActivityHappened milestoneReached(long accountId, Long teamGroupId, String subject) {
        return new ActivityHappened(accountId, ActivityKind.MILESTONE_DONE, new LocalizedText(subject, subject),
                teamGroupId, null, null);
    }
}
