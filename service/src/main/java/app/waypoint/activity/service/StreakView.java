package app.waypoint.activity.service;

/**
 * The person's streak, today's state, and whether a freeze can save it; {@code atRisk} is the streak a freeze
 * on yesterday would keep alive.
 */
public record StreakView(int days, boolean activeToday, int freezesLeft, boolean canFreezeYesterday, int atRisk) {
}
