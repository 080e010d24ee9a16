package app.waypoint.interview.service;

import app.waypoint.interview.domain.QuestionCategory;

import java.util.OptionalDouble;

/**
 * True retention of one category (or of all, when {@code category} is null): of the reviews that found a card in
 * review, how many were not graded Again.
 */
public record CategoryRetention(QuestionCategory category, int reviews, int recalled) {

    /** The share recalled, from 0 to 1; empty when there was no review to count. */
    public OptionalDouble retention() {
        return reviews == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) recalled / reviews);
    }
}
