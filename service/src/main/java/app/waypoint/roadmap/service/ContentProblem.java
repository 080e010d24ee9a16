package app.waypoint.roadmap.service;

/**
 * One thing wrong in a roadmap file: where (a path such as {@code stages[1].topics[0].key}, and when the file
 * could be read that far, the line and column, counted from 1; 0 when unknown), a translation key saying what,
 * and the offending detail if any. Nothing in it comes from the program's insides, so it can be shown as is.
 */
public record ContentProblem(String location, int line, int column, String messageKey, String detail) {

    /** A problem found in the read document, where only its path is known. */
    public ContentProblem(String location, String messageKey, String detail) {
        this(location, 0, 0, messageKey, detail);
    }
}
