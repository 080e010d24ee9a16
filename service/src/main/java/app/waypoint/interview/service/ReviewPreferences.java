package app.waypoint.interview.service;

/**
 * A person's review settings as a form shows them; {@code version} is null while they are the defaults, never
 * saved.
 */
public record ReviewPreferences(double desiredRetention, int newCardsPerDay, int reviewsPerDay, Long version) {
}
