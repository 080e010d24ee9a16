package app.waypoint.activity.service;

/** The person's streak, today's state, and whether a freeze can save it. */
public record StreakView(int days, boolean activeToday, int freezesLeft, boolean canFreezeYesterday) {
}
