package app.waypoint.interview.service;

import app.waypoint.interview.domain.ReviewGrade;

import java.util.List;

/**
 * The FSRS-6 spaced-repetition scheduler (Free Spaced Repetition Scheduler, open-spaced-repetition), written
 * from its published formulas with its default parameters: 21 weights, a trainable forgetting-curve decay
 * (w20) and a short-term formula for reviews on the same day as the previous one. Days are whole.
 *
 * <p>It agrees with the reference implementation, ts-fsrs 5.x, including its edge handling (FsrsReferenceTest
 * replays thousands of its histories): every intermediate result is rounded to 8 decimals as the reference
 * rounds it, stability stays within [0.001, 36500] days, difficulty within [1, 10], and intervals are whole
 * days between 1 and {@link #MAX_INTERVAL_DAYS}, without fuzz.
 */
public final class Fsrs {

    /** FSRS-6's default weights w0…w20, as ts-fsrs 5.4.2 ships them. */
    public static final List<Double> DEFAULT_WEIGHTS = List.of(0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334,
            3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912,
            0.0658, 0.1542);
    public static final double DESIRED_RETENTION = 0.9;
    public static final int MAX_INTERVAL_DAYS = 36_500;

    static final double MIN_STABILITY = 0.001;
    static final double MAX_STABILITY = 36_500;
    /** The first review's stability is at least this, whatever the weights. */
    private static final double MIN_INITIAL_STABILITY = 0.1;
    private static final double ROUNDING = 1e8;

    private final double[] w;
    /** The forgetting curve's exponent: −w20. */
    private final double decay;
    /** Chosen so that retrievability is 90 % after {@code stability} days: 0.9^(1/decay) − 1. */
    private final double factor;
    private final double defaultIntervalModifier;

    public Fsrs() {
        this(DEFAULT_WEIGHTS);
    }

    public Fsrs(List<Double> weights) {
        if (weights.size() != 21) {
            throw new IllegalArgumentException("FSRS-6 has 21 weights, not " + weights.size());
        }
        this.w = weights.stream().mapToDouble(Double::doubleValue).toArray();
        for (double weight : w) {
            if (!Double.isFinite(weight)) {
                throw new IllegalArgumentException("FSRS weights must be finite numbers: " + weights);
            }
        }
        if (w[20] <= 0) {
            throw new IllegalArgumentException("FSRS-6's decay w20 must be positive, not " + w[20]);
        }
        this.decay = -w[20];
        this.factor = round(StrictMath.exp(1 / decay * StrictMath.log(0.9)) - 1);
        this.defaultIntervalModifier = intervalModifier(DESIRED_RETENTION);
    }

    /** The memory state after a card's very first review. */
    public MemoryState first(ReviewGrade grade) {
        return new MemoryState(initialStability(grade), clampDifficulty(initialDifficulty(grade)));
    }

    /**
     * The memory state after reviewing a known card {@code elapsedDays} after its previous review; 0 is a second
     * look on the same day.
     */
    public MemoryState next(MemoryState state, long elapsedDays, ReviewGrade grade) {
        if (elapsedDays < 0) {
            throw new IllegalArgumentException("A review cannot come before the previous one: " + elapsedDays);
        }
        double s = state.stability();
        double d = state.difficulty();
        if (!(d >= 1) || !(s >= MIN_STABILITY)) {
            throw new IllegalArgumentException("Not an FSRS memory state: " + state);
        }
        double stability;
        if (elapsedDays == 0) {
            stability = shortTermStability(s, grade);
        } else {
            double r = retrievability(elapsedDays, s);
            stability = grade == ReviewGrade.AGAIN ? postLapseStability(d, s, r) : recallStability(d, s, r, grade);
        }
        return new MemoryState(stability, nextDifficulty(d, grade));
    }

    /** Days until the next review, for the desired retention of 90 %: between 1 and {@link #MAX_INTERVAL_DAYS}. */
    public int intervalDays(MemoryState state) {
        return interval(state.stability(), defaultIntervalModifier);
    }

    /**
     * Days until the next review, for a desired retention in (0, 1]: the higher the retention, the sooner the
     * review. Between 1 and {@link #MAX_INTERVAL_DAYS}.
     */
    public int intervalDays(MemoryState state, double desiredRetention) {
        return interval(state.stability(), intervalModifier(desiredRetention));
    }

    /** The probability of recalling a card {@code elapsedDays} after its last review: (1 + factor·t/S)^decay. */
    public double retrievability(double elapsedDays, double stability) {
        return round(StrictMath.pow(1 + factor * elapsedDays / stability, decay));
    }

    /** How many times its stability a card waits to fall to the desired retention: (r^(1/decay) − 1) / factor. */
    private double intervalModifier(double desiredRetention) {
        if (!(desiredRetention > 0 && desiredRetention <= 1)) {
            throw new IllegalArgumentException("The desired retention must be in (0, 1], not " + desiredRetention);
        }
        return round((StrictMath.pow(desiredRetention, 1 / decay) - 1) / factor);
    }

    private static int interval(double stability, double modifier) {
        return (int) Math.min(Math.max(1, Math.round(stability * modifier)), MAX_INTERVAL_DAYS);
    }

    /** S0(G) = w[G−1]. */
    double initialStability(ReviewGrade grade) {
        return Math.max(w[grade.value() - 1], MIN_INITIAL_STABILITY);
    }

    /**
     * D0(G) = w4 − e^(w5·(G−1)) + 1, not yet clamped: mean reversion aims at the unclamped D0(Easy), which the
     * default weights put below 1.
     */
    double initialDifficulty(ReviewGrade grade) {
        return round(w[4] - StrictMath.exp((grade.value() - 1) * w[5]) + 1);
    }

    /** D' = w7·D0(Easy) + (1 − w7)·(D + ΔD·(10 − D)/9) with ΔD = −w6·(G − 3), clamped to [1, 10]. */
    double nextDifficulty(double difficulty, ReviewGrade grade) {
        double delta = -w[6] * (grade.value() - 3);
        double damped = difficulty + round(delta * (10 - difficulty) / 9);
        double meanReverted = round(w[7] * initialDifficulty(ReviewGrade.EASY) + (1 - w[7]) * damped);
        return clampDifficulty(meanReverted);
    }

    /** S'r = S·(1 + e^w8·(11 − D)·S^(−w9)·(e^(w10·(1 − R)) − 1)·w15 (if Hard)·w16 (if Easy)). */
    double recallStability(double difficulty, double stability, double r, ReviewGrade grade) {
        double hardPenalty = grade == ReviewGrade.HARD ? w[15] : 1;
        double easyBonus = grade == ReviewGrade.EASY ? w[16] : 1;
        double next = stability * (1 + StrictMath.exp(w[8]) * (11 - difficulty) * StrictMath.pow(stability, -w[9])
                * (StrictMath.exp((1 - r) * w[10]) - 1) * hardPenalty * easyBonus);
        return round(clampStability(next));
    }

    /** S'f = w11·D^(−w12)·((S + 1)^w13 − 1)·e^(w14·(1 − R)). */
    double forgetStability(double difficulty, double stability, double r) {
        double next = w[11] * StrictMath.pow(difficulty, -w[12]) * (StrictMath.pow(stability + 1, w[13]) - 1)
                * StrictMath.exp((1 - r) * w[14]);
        return round(clampStability(next));
    }

    /**
     * After a lapse: S'f, but never above S/e^(w17·w18), the stability that same-day relearning could bring back
     * to S.
     */
    double postLapseStability(double difficulty, double stability, double r) {
        double ceiling = round(stability / StrictMath.exp(w[17] * w[18]));
        return Math.min(Math.max(ceiling, MIN_STABILITY), forgetStability(difficulty, stability, r));
    }

    /**
     * On the same day: S'' = S·SInc with SInc = e^(w17·(G − 3 + w18))·S^(−w19); a pass (Hard, Good or Easy, as
     * in ts-fsrs 5.x) never lowers stability, so its SInc is at least 1.
     */
    double shortTermStability(double stability, ReviewGrade grade) {
        double increase = StrictMath.pow(stability, -w[19]) * StrictMath.exp(w[17] * (grade.value() - 3 + w[18]));
        if (grade != ReviewGrade.AGAIN) {
            increase = Math.max(increase, 1);
        }
        return round(clampStability(stability * increase));
    }

    private static double clampStability(double stability) {
        return Math.min(Math.max(stability, MIN_STABILITY), MAX_STABILITY);
    }

    private static double clampDifficulty(double difficulty) {
        return Math.min(Math.max(difficulty, 1), 10);
    }

    /** To 8 decimals, ties upwards, as the reference rounds every intermediate result. */
    private static double round(double value) {
        return Math.round(value * ROUNDING) / ROUNDING;
    }
}
