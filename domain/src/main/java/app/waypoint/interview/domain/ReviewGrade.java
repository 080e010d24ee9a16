package app.waypoint.interview.domain;

/** The four answers to "how well did you recall it?", as FSRS grades them. */
public enum ReviewGrade {
    AGAIN(1),
    HARD(2),
    GOOD(3),
    EASY(4);

    private final int value;

    ReviewGrade(int value) {
        this.value = value;
    }

    /** FSRS's number for the grade, from 1 (again) to 4 (easy). */
    public int value() {
        return value;
    }
}
