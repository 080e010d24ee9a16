package app.waypoint.roadmap.domain;

public enum ResourceKind {
    COURSE,
    BOOK,
    LINK
}
