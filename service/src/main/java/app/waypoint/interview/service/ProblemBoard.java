package app.waypoint.interview.service;

import java.util.List;
import java.util.Set;

/**
 * The problems page in one read: progress over every tracked problem, the problems the filter lets through in its
 * order, how many are tracked in all, the topic tags in use (to filter by), and the keys of the built-in problems
 * already tracked (copied from the list, or added by hand with the same link).
 */
public record ProblemBoard(ProblemProgress progress, List<ProblemView> shown, int tracked, List<String> tags,
                           Set<String> builtInAdded) {
}
