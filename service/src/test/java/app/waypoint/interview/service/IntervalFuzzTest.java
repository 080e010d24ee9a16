package app.waypoint.interview.service;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class IntervalFuzzTest {

    @Test
    void shortIntervalsStayAsTheyAre() {
        IntStream.range(0, 200).forEach(seed -> {
            assertThat(IntervalFuzz.apply(1, 0, seed)).isEqualTo(1);
            assertThat(IntervalFuzz.apply(2, 1, seed)).isEqualTo(2);
        });
    }

    @Test
    void longerIntervalsSpreadWithinTheirRangeAndTheSameSeedGivesTheSameDay() {
        Set<Integer> thirtyDays = new HashSet<>();
        for (long seed = 0; seed < 500; seed++) {
            int fuzzed = IntervalFuzz.apply(30, 25, seed);
            // 30 days spread by 1 + 0.15·4.5 + 0.1·13 + 0.05·10 = 3.475 days either way
            assertThat(fuzzed).isBetween(27, 33).isEqualTo(IntervalFuzz.apply(30, 25, seed));
            thirtyDays.add(fuzzed);
            assertThat(IntervalFuzz.apply(3, 0, seed)).isBetween(2, 4);
            assertThat(IntervalFuzz.apply(400, 300, seed)).isBetween(400 - 23, 400 + 23);
        }
        assertThat(thirtyDays).as("the days are spread, not one").hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void aGrownIntervalNeverLandsOnOrBeforeTheDaysAlreadyPassed() {
        for (long seed = 0; seed < 500; seed++) {
            assertThat(IntervalFuzz.apply(10, 9, seed)).isBetween(10, 12);
        }
    }

    @Test
    void differentCardsAndReviewsGetDifferentSeeds() {
        assertThat(IntervalFuzz.seed(1, 2)).isNotEqualTo(IntervalFuzz.seed(2, 1)).isNotEqualTo(IntervalFuzz.seed(1, 3));
    }
}
