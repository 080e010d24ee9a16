package app.waypoint.interview.service;

import app.waypoint.interview.domain.ProblemDifficulty;

/**
 * Which tracked problems to list and in what order: {@code difficulty} and {@code tag} (a topic or pattern) narrow
 * the list when set, {@code dueOnly} keeps only those due to be solved again.
 */
public record ProblemFilter(ProblemDifficulty difficulty, String tag, boolean dueOnly, ProblemOrder order) {

    public static final ProblemFilter ALL = new ProblemFilter(null, null, false, ProblemOrder.NEWEST);

    public ProblemFilter {
        tag = tag == null || tag.isBlank() ? null : tag.strip();
        order = order == null ? ProblemOrder.NEWEST : order;
    }

    /** Whether some problems may be left out (the order alone never leaves any out). */
    public boolean narrows() {
        return difficulty != null || tag != null || dueOnly;
    }

    /** The same order with nothing left out. */
    public ProblemFilter cleared() {
        return new ProblemFilter(null, null, false, order);
    }
}
