package app.waypoint.portfolio.domain;

/**
 * Thrown when something in an archived project would change: its overview, checklist, skills, or any task,
 * milestone or result in it. Nothing changed; restoring the project as an idea makes it editable again.
 */
public class ProjectArchivedException extends RuntimeException {

    public ProjectArchivedException(long projectId) {
        super("Project " + projectId + " is archived");
    }
}
