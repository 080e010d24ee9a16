package app.waypoint.application.domain;

/** Whether an application is still running, and how it closed if not. */
public enum ApplicationOutcome {
    OPEN,
    REJECTED,
    WITHDRAWN,
    GHOSTED;

    public boolean isClosed() {
        return this != OPEN;
    }
}
