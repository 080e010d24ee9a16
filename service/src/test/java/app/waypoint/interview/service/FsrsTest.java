package app.waypoint.interview.service;

import app.waypoint.interview.domain.ReviewGrade;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static app.waypoint.interview.domain.ReviewGrade.AGAIN;
import static app.waypoint.interview.domain.ReviewGrade.EASY;
import static app.waypoint.interview.domain.ReviewGrade.GOOD;
import static app.waypoint.interview.domain.ReviewGrade.HARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Properties FSRS-6 has whatever its exact numbers; the numbers themselves are checked against the reference
 * implementation in {@link FsrsReferenceTest}.
 */
class FsrsTest {

    private final Fsrs fsrs = new Fsrs();

    @Test
    void aNewCardStartsFromThePublishedInitialStabilityOfItsGrade() {
        assertThat(Arrays.stream(ReviewGrade.values()).map(g -> fsrs.first(g).stability()))
                .containsExactly(0.212, 1.2931, 2.3065, 8.2956);
        assertThat(fsrs.first(AGAIN).difficulty()).as("D0(Again) = w4").isEqualTo(6.4133);
    }

    @Test
    void aBetterFirstGradeMeansMoreStabilityLessDifficultyAndNoShorterInterval() {
        List<MemoryState> states = Arrays.stream(ReviewGrade.values()).map(fsrs::first).toList();

        assertThat(states).extracting(MemoryState::stability).isSortedAccordingTo(Double::compare).doesNotHaveDuplicates();
        assertThat(states).extracting(MemoryState::difficulty).isSortedAccordingTo(Collections.reverseOrder());
        assertThat(states).extracting(fsrs::intervalDays).isSorted().startsWith(1);
        assertThat(fsrs.intervalDays(fsrs.first(GOOD))).isLessThan(fsrs.intervalDays(fsrs.first(EASY)));
    }

    @Test
    void aReviewOnScheduleOrdersStabilityAndDifficultyByGrade() {
        MemoryState learned = fsrs.next(fsrs.first(GOOD), 3, GOOD);
        int due = fsrs.intervalDays(learned);

        List<MemoryState> states = Arrays.stream(ReviewGrade.values()).map(g -> fsrs.next(learned, due, g)).toList();

        assertThat(states).extracting(MemoryState::stability).isSortedAccordingTo(Double::compare).doesNotHaveDuplicates();
        assertThat(states.get(0).stability()).as("a lapse").isLessThan(learned.stability());
        assertThat(states.get(2).stability()).as("a pass").isGreaterThan(learned.stability());
        assertThat(states).extracting(MemoryState::difficulty).isSortedAccordingTo(Collections.reverseOrder());
        assertThat(states).extracting(fsrs::intervalDays).isSorted();
    }

    @Test
    void aLapseAfterALongGapDropsStabilityAndRaisesDifficulty() {
        MemoryState learned = fsrs.next(fsrs.next(fsrs.first(GOOD), 3, GOOD), 10, GOOD);

        MemoryState lapsed = fsrs.next(learned, 400, AGAIN);

        assertThat(lapsed.stability()).isLessThan(learned.stability());
        assertThat(lapsed.difficulty()).isGreaterThan(learned.difficulty());
        assertThat(fsrs.intervalDays(lapsed)).isLessThan(fsrs.intervalDays(learned));
    }

    @Test
    void aSecondLookTheSameDayLowersStabilityOnlyOnAgain() {
        for (ReviewGrade firstGrade : ReviewGrade.values()) {
            MemoryState first = fsrs.first(firstGrade);
            assertThat(fsrs.next(first, 0, AGAIN).stability()).isLessThan(first.stability());
            for (ReviewGrade pass : List.of(HARD, GOOD, EASY)) {
                assertThat(fsrs.next(first, 0, pass).stability()).as("%s then %s", firstGrade, pass)
                        .isGreaterThanOrEqualTo(first.stability());
            }
            assertThat(fsrs.next(first, 0, EASY).stability()).isGreaterThan(first.stability());
        }
    }

    @Test
    void stabilityNeverFallsBelowAThousandthOfADay() {
        MemoryState state = fsrs.first(AGAIN);
        for (int look = 0; look < 30; look++) {
            state = fsrs.next(state, 0, AGAIN);
        }
        assertThat(state.stability()).isEqualTo(0.001);
        assertThat(fsrs.intervalDays(state)).isEqualTo(1);
    }

    @Test
    void recallIsNinetyPercentAfterStabilityDays() {
        for (double stability : new double[] {0.5, 2.3065, 10, 365, 10_000}) {
            assertThat(fsrs.retrievability(stability, stability)).isCloseTo(0.9, within(1e-6));
        }
        assertThat(fsrs.retrievability(0, 10)).isEqualTo(1.0);
        assertThat(fsrs.retrievability(30, 10)).isLessThan(fsrs.retrievability(20, 10));
    }

    @Test
    void theIntervalIsTheStabilityAtNinetyPercentAndShorterForAHigherRetention() {
        MemoryState state = new MemoryState(40, 5);

        assertThat(fsrs.intervalDays(state)).isEqualTo(40).isEqualTo(fsrs.intervalDays(state, 0.9));
        assertThat(fsrs.intervalDays(state, 0.95)).isLessThan(40);
        assertThat(fsrs.intervalDays(state, 0.8)).isGreaterThan(40);
        assertThat(fsrs.intervalDays(state, 1.0)).isEqualTo(1);
        assertThat(fsrs.intervalDays(new MemoryState(36_000, 5), 0.8)).isEqualTo(Fsrs.MAX_INTERVAL_DAYS);
        assertThatThrownBy(() -> fsrs.intervalDays(state, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fsrs.intervalDays(state, 1.1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void difficultyStaysBetweenOneAndTenWhateverTheGrades() {
        MemoryState state = fsrs.first(AGAIN);
        for (int review = 0; review < 30; review++) {
            state = fsrs.next(state, 1, AGAIN);
        }
        assertThat(state.difficulty()).isLessThanOrEqualTo(10).isGreaterThan(9);

        state = fsrs.first(EASY);
        for (int review = 0; review < 30; review++) {
            state = fsrs.next(state, fsrs.intervalDays(state), EASY);
        }
        assertThat(state.difficulty()).isEqualTo(1);
        assertThat(fsrs.intervalDays(state)).isEqualTo(Fsrs.MAX_INTERVAL_DAYS);
    }

    @Test
    void aReviewBeforeThePreviousOneOrOfNoStateIsRefused() {
        MemoryState learned = fsrs.first(GOOD);
        assertThatThrownBy(() -> fsrs.next(learned, -1, GOOD)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fsrs.next(new MemoryState(0, 0), 3, GOOD)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyAFullSetOfFsrs6WeightsIsAccepted() {
        assertThatThrownBy(() -> new Fsrs(List.of(1.0, 2.0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Fsrs(Fsrs.DEFAULT_WEIGHTS.subList(0, 19)))
                .as("FSRS-5's 19").isInstanceOf(IllegalArgumentException.class);
        assertThat(new Fsrs(Fsrs.DEFAULT_WEIGHTS).first(GOOD)).isEqualTo(fsrs.first(GOOD));
    }
}
