package app.waypoint.interview.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A person's review statistics on {@code today} (their local day): true retention by category over the last
 * {@value ReviewStatsService#RETENTION_DAYS} days against their desired retention, and reviews a day over the
 * last {@value ReviewStatsService#CALENDAR_WEEKS} weeks (days without reviews are absent).
 * {@code anyReviews} tells whether they ever reviewed a card.
 */
public record ReviewStats(LocalDate today, double desiredRetention, List<CategoryRetention> byCategory,
                          CategoryRetention overall, Map<LocalDate, Integer> reviewsPerDay, boolean anyReviews) {

    public ReviewStats {
        byCategory = List.copyOf(byCategory);
        reviewsPerDay = Map.copyOf(reviewsPerDay);
    }
}
