package app.waypoint.interview.service;

import java.util.SplittableRandom;

/**
 * Spreads intervals of three days and more by a few days, so cards learnt together do not keep coming back
 * together, in FSRS's fuzz ranges: about ±15 % up to a week, ±10 % up to 20 days, ±5 % beyond. The spread is
 * drawn from a seed of the card and its review count, so the interval shown on a grade button is the one the
 * grade then applies.
 */
final class IntervalFuzz {

    static final int MIN_FUZZED_DAYS = 3;

    private static final double[][] RANGES = {{2.5, 7, 0.15}, {7, 20, 0.1}, {20, Double.POSITIVE_INFINITY, 0.05}};

    private IntervalFuzz() {
    }

    /** The interval to apply; {@code elapsedDays} keeps a grown interval from landing before it. */
    static int apply(int intervalDays, long elapsedDays, long seed) {
        if (intervalDays < MIN_FUZZED_DAYS) {
            return intervalDays;
        }
        double delta = 1;
        for (double[] range : RANGES) {
            delta += range[2] * Math.max(Math.min(intervalDays, range[1]) - range[0], 0);
        }
        int max = (int) Math.min(Math.round(intervalDays + delta), Fsrs.MAX_INTERVAL_DAYS);
        int min = (int) Math.max(2, Math.round(intervalDays - delta));
        if (intervalDays > elapsedDays) {
            min = (int) Math.max(min, elapsedDays + 1);
        }
        min = Math.min(min, max);
        return min + new SplittableRandom(seed).nextInt(max - min + 1);
    }

    /** The seed of a card's next review: the card and how many reviews it has had. */
    static long seed(long cardId, int reviewsSoFar) {
        return cardId * 1_000_003L + reviewsSoFar;
    }
}
