package app.waypoint.group.service;

import app.waypoint.base.domain.LocalizedText;
import app.waypoint.roadmap.domain.ProgressStatus;

import java.util.List;

/**
 * A topic × member board of one adopted roadmap: one column per member whose progress the reader may see (those
 * who share it, and the reader), each topic with those members' statuses in the same order. Members who keep
 * their progress private are only named.
 */
public record GroupTopicBoard(String roadmapKey, LocalizedText roadmapTitle, List<Member> members,
                              List<Stage> stages, List<Member> privateMembers) {

    public record Member(long accountId, String displayName) {
    }

    public record Stage(LocalizedText title, List<Topic> topics) {
    }

    /** {@code statuses} follow {@link GroupTopicBoard#members}. */
    public record Topic(long id, LocalizedText title, List<ProgressStatus> statuses) {

        /** How many of the members shown are learning this topic right now. */
        public long learning() {
            return statuses.stream().filter(status -> status == ProgressStatus.IN_PROGRESS).count();
        }
    }
}
