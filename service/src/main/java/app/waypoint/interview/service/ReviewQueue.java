package app.waypoint.interview.service;

import java.time.Instant;

/**
 * Where a review session stands: the card to show now (null when none is), how many new cards, learning steps
 * and reviews are left today, and, when only learning steps are left and none is due yet, when the first comes
 * back.
 */
public record ReviewQueue(ReviewCard next, int newLeft, int stepsLeft, int reviewsLeft, Instant stepComesBackAt) {

    public boolean finished() {
        return next == null && stepComesBackAt == null;
    }
}
