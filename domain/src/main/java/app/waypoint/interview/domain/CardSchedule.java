package app.waypoint.interview.domain;

import java.time.LocalDate;

/**
 * Everything a review changes on a card: the FSRS memory state (null before the first review), the last review
 * day, the due day, the counts, and the scheduler version.
 */
public record CardSchedule(Double stability, Double difficulty, LocalDate lastReview, LocalDate dueOn, int reviews,
                           int lapses, short scheduler) {
}
