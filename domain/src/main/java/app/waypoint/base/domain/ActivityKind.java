package app.waypoint.base.domain;

/** What a person did that their study groups may see in a feed and that keeps a streak alive. */
public enum ActivityKind {
    TOPIC_DONE,
    PROBLEM_SOLVED,
    MILESTONE_DONE,
    MEMBER_JOINED
}
