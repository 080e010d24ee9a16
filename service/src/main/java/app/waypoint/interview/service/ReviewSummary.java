package app.waypoint.interview.service;

/** Today's review work: cards due, cards in the deck, and how many days in a row the person has reviewed. */
public record ReviewSummary(long dueToday, long totalCards, int streakDays, boolean reviewedToday) {
}
