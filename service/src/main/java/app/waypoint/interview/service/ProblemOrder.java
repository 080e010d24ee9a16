package app.waypoint.interview.service;

/** How the tracked problems are listed. */
public enum ProblemOrder {
    /** The latest added first. */
    NEWEST,
    /** Those due to be solved again first (most overdue first), then by the next re-solve date; the rest last. */
    RESOLVE,
    /** Easy, then Medium, then Hard. */
    DIFFICULTY,
    /** By topic (pattern) tag, A to Z; untagged ones last. */
    TOPIC
}
