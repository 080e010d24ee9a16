package app.waypoint.today.service;

import java.time.LocalDate;

/**
 * A date coming up: a project milestone ({@code projectId} and {@code projectTitle} set) or the person's target
 * date ({@code title} is their target role, null when they named none).
 */
public record Deadline(Kind kind, LocalDate date, String title, Long projectId, String projectTitle) {

    public enum Kind { MILESTONE, TARGET_DATE }
}
