package app.waypoint.interview.service;

import app.waypoint.interview.domain.ProblemDifficulty;

import java.time.LocalDate;

/** A coding problem as the tracker lists it; {@code resolveDue} when it is time to solve it again. */
public record ProblemView(long id, String title, String url, String platform, ProblemDifficulty difficulty,
                          String tags, int attempts, int minutesSpent, boolean solved, LocalDate firstSolvedOn,
                          LocalDate lastSolvedOn, LocalDate resolveOn, boolean resolveDue, long version) {
}
