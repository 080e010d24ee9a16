package app.waypoint.portfolio.service;

import java.time.LocalDate;

/** The editable overview of a project, as the person last saw it ({@code version}). */
public record ProjectOverview(String title, String summary, LocalDate startDate, LocalDate targetDate,
                              String repositoryUrl, String demoUrl, String writeupUrl, long version) {
}
