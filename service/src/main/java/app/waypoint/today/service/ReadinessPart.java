package app.waypoint.today.service;

/**
 * The parts of readiness and their weights, which add up to 100. The README explains each one; change both
 * together.
 */
public enum ReadinessPart {
    ROADMAP(30),
    QUESTIONS(20),
    PROBLEMS(20),
    PORTFOLIO(15),
    STORIES(10),
    MOCK_INTERVIEWS(5);

    private final int weight;

    ReadinessPart(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }
}
