package app.waypoint.roadmap.domain;

/** The three levels of a roadmap's outline. */
public enum NodeKind {
    STAGE,
    TOPIC,
    SUBTOPIC
}
