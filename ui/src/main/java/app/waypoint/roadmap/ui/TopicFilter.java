package app.waypoint.roadmap.ui;

/** Which topics the outline shows. */
enum TopicFilter {
    ALL,
    OPEN,
    DONE
}
