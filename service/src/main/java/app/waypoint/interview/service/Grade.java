package app.waypoint.interview.service;

/** How well an answer was recalled, as FSRS grades it. */
public enum Grade {
    AGAIN(1),
    HARD(2),
    GOOD(3),
    EASY(4);

    private final int value;

    Grade(int value) {
        this.value = value;
    }

    /** FSRS's number for the grade, from 1 (again) to 4 (easy). */
    public int value() {
        return value;
    }
}
