package app.waypoint.interview.service;

import app.waypoint.interview.domain.ProblemDifficulty;

import java.time.LocalDate;

/**
 * A coding problem as the tracker lists it; {@code url} is null for a problem without a link, {@code sourceKey} the
 * built-in problem it was copied from (or null); {@code resolveDue} when it is time to solve it again.
 */
public record ProblemView(long id, String title, String url, String sourceKey, String platform,
                          ProblemDifficulty difficulty, String tags, int attempts, int minutesSpent, boolean solved, LocalDate firstSolvedOn,
                          LocalDate lastSolvedOn, LocalDate resolveOn, boolean resolveDue, long version) {
}
