package app.waypoint.portfolio.domain;

/** The kanban columns. */
public enum TaskStatus {
    TODO,
    DOING,
    DONE
}
