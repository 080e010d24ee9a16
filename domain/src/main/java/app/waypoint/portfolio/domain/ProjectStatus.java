package app.waypoint.portfolio.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a project stands. Moves go one step at a time; any project can be archived and restored as an idea. */
public enum ProjectStatus {
    IDEA,
    PLANNED,
    IN_PROGRESS,
    DONE,
    ARCHIVED;

    /** The statuses this one may move to. */
    public Set<ProjectStatus> next() {
        return switch (this) {
            case IDEA -> EnumSet.of(PLANNED, ARCHIVED);
            case PLANNED -> EnumSet.of(IN_PROGRESS, IDEA, ARCHIVED);
            case IN_PROGRESS -> EnumSet.of(DONE, PLANNED, ARCHIVED);
            case DONE -> EnumSet.of(IN_PROGRESS, ARCHIVED);
            case ARCHIVED -> EnumSet.of(IDEA);
        };
    }

    /** Whether its tasks, milestones and results may still change. */
    public boolean isEditable() {
        return this != ARCHIVED;
    }
}
