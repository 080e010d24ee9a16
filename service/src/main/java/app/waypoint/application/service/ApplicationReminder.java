package app.waypoint.application.service;

import java.time.LocalDate;

/**
 * An application that wants attention: a follow-up due on {@code date}, or silence since {@code date} (the last
 * change) longer than its stage allows.
 */
public record ApplicationReminder(long id, String company, String role, Kind kind, LocalDate date) {

    public enum Kind { FOLLOW_UP, SILENT }
}
