package app.waypoint.interview.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * When a graded card comes back: on a day (in review), or at a moment later today or tomorrow (a learning or
 * relearning step, {@code dueOn} being that moment's day for the person).
 */
public record NextReview(CardPhase phase, int step, Instant stepDueAt, LocalDate dueOn) {

    public NextReview {
        if (phase == CardPhase.NEW) {
            throw new IllegalArgumentException("A graded card is no longer new");
        }
        if (phase.inSteps() != (stepDueAt != null)) {
            throw new IllegalArgumentException("A card due at a moment is in a step, and only then: " + phase);
        }
    }

    public static NextReview onDay(LocalDate dueOn) {
        return new NextReview(CardPhase.REVIEW, 0, null, dueOn);
    }

    public static NextReview atStep(CardPhase phase, int step, Instant dueAt, LocalDate dueOn) {
        return new NextReview(phase, step, dueAt, dueOn);
    }
}
