package app.waypoint.interview.service;

import app.waypoint.interview.domain.ReviewGrade;

import java.util.List;

/**
 * The FSRS-5 spaced-repetition scheduler (Free Spaced Repetition Scheduler, open-spaced-repetition), written
 * from its published formulas with its default parameters. Days are whole; a review on the same day as the
 * previous one uses FSRS-5's short-term stability formula.
 */
public final class Fsrs {

    /** FSRS-5's default weights w0…w18. */
    public static final List<Double> DEFAULT_WEIGHTS = List.of(0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345,
            1.4604, 0.0046, 1.54575, 0.1192, 1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621);
    public static final double DESIRED_RETENTION = 0.9;
    public static final int MAX_INTERVAL_DAYS = 36_500;

    private static final double DECAY = -0.5;
    /** Chosen so that retrievability is exactly 90 % after {@code stability} days: 0.9^(1/DECAY) − 1 = 19/81. */
    private static final double FACTOR = Math.pow(0.9, 1 / DECAY) - 1;
    private static final double MIN_STABILITY = 0.01;

    private final double[] w;

    public Fsrs() {
        this(DEFAULT_WEIGHTS);
    }

    public Fsrs(List<Double> weights) {
        if (weights.size() != 19) {
            throw new IllegalArgumentException("FSRS-5 has 19 weights, not " + weights.size());
        }
        this.w = weights.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The memory state after a card's very first review. */
    public MemoryState first(ReviewGrade grade) {
        return new MemoryState(initialStability(grade), initialDifficulty(grade));
    }

    /** The memory state after reviewing a known card {@code elapsedDays} after its previous review. */
    public MemoryState next(MemoryState state, long elapsedDays, ReviewGrade grade) {
        double difficulty = nextDifficulty(state.difficulty(), grade);
        double stability;
        if (elapsedDays == 0) {
            stability = shortTermStability(state.stability(), grade);
        } else {
            double r = retrievability(elapsedDays, state.stability());
            stability = grade == ReviewGrade.AGAIN
                    ? forgetStability(state.difficulty(), state.stability(), r)
                    : recallStability(state.difficulty(), state.stability(), r, grade);
        }
        return new MemoryState(Math.max(stability, MIN_STABILITY), difficulty);
    }

    /** Days until the next review, for the desired retention of 90 %: at least one day. */
    public int intervalDays(MemoryState state) {
        double days = state.stability() / FACTOR * (Math.pow(DESIRED_RETENTION, 1 / DECAY) - 1);
        return (int) Math.min(MAX_INTERVAL_DAYS, Math.max(1, Math.round(days)));
    }

    /** The probability of recalling a card {@code elapsedDays} after its last review. */
    public double retrievability(double elapsedDays, double stability) {
        return Math.pow(1 + FACTOR * elapsedDays / stability, DECAY);
    }

    double initialStability(ReviewGrade grade) {
        return Math.max(w[grade.value() - 1], 0.1);
    }

    double initialDifficulty(ReviewGrade grade) {
        return clampDifficulty(w[4] - Math.exp(w[5] * (grade.value() - 1)) + 1);
    }

    double nextDifficulty(double difficulty, ReviewGrade grade) {
        double next = difficulty - w[6] * (grade.value() - 3);
        double meanReverted = w[7] * initialDifficulty(ReviewGrade.EASY) + (1 - w[7]) * next;
        return clampDifficulty(meanReverted);
    }

    double recallStability(double difficulty, double stability, double r, ReviewGrade grade) {
        double hardPenalty = grade == ReviewGrade.HARD ? w[15] : 1;
        double easyBonus = grade == ReviewGrade.EASY ? w[16] : 1;
        return stability * (1 + Math.exp(w[8]) * (11 - difficulty) * Math.pow(stability, -w[9])
                * (Math.exp(w[10] * (1 - r)) - 1) * hardPenalty * easyBonus);
    }

    /** After a lapse, stability never grows. */
    double forgetStability(double difficulty, double stability, double r) {
        double forgotten = w[11] * Math.pow(difficulty, -w[12]) * (Math.pow(stability + 1, w[13]) - 1)
                * Math.exp(w[14] * (1 - r));
        return Math.min(forgotten, stability);
    }

    double shortTermStability(double stability, ReviewGrade grade) {
        return stability * Math.exp(w[17] * (grade.value() - 3 + w[18]));
    }

    private static double clampDifficulty(double difficulty) {
        return Math.min(10, Math.max(1, difficulty));
    }
}
