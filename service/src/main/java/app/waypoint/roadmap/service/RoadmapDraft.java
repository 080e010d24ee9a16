package app.waypoint.roadmap.service;

/** One's own roadmap's title and description as their editor shows them, in the language being used. */
public record RoadmapDraft(String key, String title, String description, long version) {
}
