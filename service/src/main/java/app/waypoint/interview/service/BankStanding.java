package app.waypoint.interview.service;

import app.waypoint.interview.domain.QuestionCategory;

import java.util.Map;

/**
 * The question bank at a glance: cards left to review today within the day's limits, the deck's size, and per
 * category the cards with the sum of their retrievability now (a new card counts zero), and the same for the
 * cards due today.
 */
public record BankStanding(int dueToday, int cards, Map<QuestionCategory, CategoryRecall> categories) {

    public static final BankStanding EMPTY = new BankStanding(0, 0, Map.of());

    public record CategoryRecall(int cards, double recall, int due, double dueRecall) {

        public CategoryRecall plus(CategoryRecall other) {
            return new CategoryRecall(cards + other.cards, recall + other.recall, due + other.due,
                    dueRecall + other.dueRecall);
        }
    }
}
