package app.waypoint.interview.domain;

/** The kinds of interview question the bank holds. */
public enum QuestionCategory {
    ML,
    SYSTEM_DESIGN,
    BACKEND_CS,
    BEHAVIOURAL,
    PROJECT
}
