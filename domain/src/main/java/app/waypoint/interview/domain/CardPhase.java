package app.waypoint.interview.domain;

/**
 * Where a card is in its learning, as in Anki: new (never reviewed); learning (seen today, coming back after
 * minutes); in review (coming back after days); relearning (forgotten in review, coming back after minutes).
 */
public enum CardPhase {
    NEW,
    LEARNING,
    REVIEW,
    RELEARNING;

    /** Whether the card comes back within the day, at a moment rather than on a day. */
    public boolean inSteps() {
        return this == LEARNING || this == RELEARNING;
    }
}
