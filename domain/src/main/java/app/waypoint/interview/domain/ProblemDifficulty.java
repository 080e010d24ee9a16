package app.waypoint.interview.domain;

public enum ProblemDifficulty {
    EASY,
    MEDIUM,
    HARD
}
