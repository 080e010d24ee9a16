package app.waypoint.interview.service;

import app.waypoint.interview.domain.QuestionCategory;

import java.time.LocalDate;

/** A card as the question list and the review screen show it. */
public record ReviewCard(long id, QuestionCategory category, String question, String answer, String tags,
                         String company, LocalDate dueOn, int reviews, int lapses, long version) {
}
