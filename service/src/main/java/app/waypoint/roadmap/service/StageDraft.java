package app.waypoint.roadmap.service;

/** One's own stage as its editor shows it, in the language being used, with its estimated months. */
public record StageDraft(long id, String title, Integer minMonths, Integer maxMonths, long version) {
}
