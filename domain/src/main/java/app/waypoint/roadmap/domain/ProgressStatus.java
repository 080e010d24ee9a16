package app.waypoint.roadmap.domain;

public enum ProgressStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    SKIPPED
}
