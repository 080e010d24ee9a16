package app.waypoint.account.service;

/** The instance at a glance: accounts, those signed in within the last seven days, and study groups. */
public record InstanceFigures(long accounts, long activeThisWeek, long groups) {
}
