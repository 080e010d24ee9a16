package app.waypoint.roadmap.service;

/**
 * One thing wrong in a roadmap file: where (a path such as {@code stages[1].topics[0].key}, or a line and
 * column), a translation key saying what, and the offending detail if any.
 */
public record ContentProblem(String location, String messageKey, String detail) {
}
