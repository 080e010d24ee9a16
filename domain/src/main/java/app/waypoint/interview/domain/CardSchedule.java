package app.waypoint.interview.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Everything a review changes on a card: the FSRS memory state (null before the first review), the last review
 * day, the due day, the counts, the scheduler version, and the learning phase with its step and, within the day,
 * the moment the card is due (null unless learning or relearning).
 */
public record CardSchedule(Double stability, Double difficulty, LocalDate lastReview, LocalDate dueOn, int reviews,
                           int lapses, short scheduler, CardPhase phase, int step, Instant stepDueAt) {
}
