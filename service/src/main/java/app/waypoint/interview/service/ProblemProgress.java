package app.waypoint.interview.service;

import app.waypoint.interview.domain.ProblemDifficulty;

import java.util.Map;

/**
 * Progress toward the guide's goal of 100 Easy–Medium problems: solved ones by difficulty and by topic tag,
 * and how many are due to be solved again.
 */
public record ProblemProgress(int goal, int solvedTowardGoal, Map<ProblemDifficulty, Integer> solvedByDifficulty,
                              Map<String, Integer> solvedByTag, int resolveDue) {

    public int percent() {
        return Math.min(100, 100 * solvedTowardGoal / goal);
    }
}
