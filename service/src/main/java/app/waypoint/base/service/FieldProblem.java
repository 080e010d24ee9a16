package app.waypoint.base.service;

/**
 * One thing wrong with one input field. {@code messageKey} is a translation key, so each screen can say it
 * in its user's language.
 */
public record FieldProblem(String field, String messageKey) {
}
