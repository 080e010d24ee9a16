package app.waypoint.portfolio.service;

import app.waypoint.base.service.InvalidInputException;
import app.waypoint.portfolio.domain.Project;
import app.waypoint.portfolio.domain.ProjectArchivedException;

import java.util.function.Supplier;

/**
 * Runs a change to a project or to something in it. Whether an archived project may change is the project's to
 * decide ({@link Project#requireEditable}, asked by its tasks, milestones and results too); this only puts its
 * refusal in the words every screen shows.
 */
final class ProjectEdits {

    static final String ARCHIVED = "project.archived";

    private ProjectEdits() {
    }

    static void apply(Runnable change) {
        apply(() -> {
            change.run();
            return null;
        });
    }

    static <T> T apply(Supplier<T> change) {
        try {
            return change.get();
        } catch (ProjectArchivedException archived) {
            throw new InvalidInputException("status", ARCHIVED);
        }
    }
}
