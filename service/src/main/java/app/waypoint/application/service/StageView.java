package app.waypoint.application.service;

/** One of the person's pipeline stages, in order; {@code silenceDays} null when it never flags silence. */
public record StageView(long id, String name, int position, Integer silenceDays, long version) {
}
