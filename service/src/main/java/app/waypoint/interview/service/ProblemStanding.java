package app.waypoint.interview.service;

import java.util.List;

/**
 * The coding-problem tracker at a glance: progress toward the goal, the problems due to be solved again (most
 * overdue first), how many of those count toward the goal, and how many problems are tracked.
 */
public record ProblemStanding(ProblemProgress progress, int dueTowardGoal, List<ProblemView> due, int tracked) {
}
