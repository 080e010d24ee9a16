package app.waypoint.portfolio.service;

import app.waypoint.portfolio.domain.ProjectStatus;

/**
 * What a project still has open: tasks not done and checklist components not ticked, with the status it has now.
 * Asked before the project is marked done, since marking it done leaves them as they are.
 */
public record OpenWork(ProjectStatus status, int tasks, int components) {

    /** Whether marking the project done now is a step the rules allow, and there is open work to ask about. */
    public boolean asksBeforeDone() {
        return status.next().contains(ProjectStatus.DONE) && (tasks > 0 || components > 0);
    }
}
