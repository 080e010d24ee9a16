package app.waypoint.interview.service;

import app.waypoint.interview.domain.ReviewGrade;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Expected values were computed separately, straight from the published FSRS-5 formulas and default
 * weights (a short script outside the project), not from this class.
 */
class FsrsTest {

    private static final double PRECISION = 1e-9;

    private final Fsrs fsrs = new Fsrs();

    @ParameterizedTest(name = "first review {0}")
    @CsvSource({
            "AGAIN, 0.40255,  7.1949,            1",
            "HARD,  1.18385,  6.488305268471453, 1",
            "GOOD,  3.173,    5.282434422319005, 3",
            "EASY,  15.69105, 3.2245015893713678, 16"})
    void aNewCardStartsFromTheGradesStabilityAndDifficulty(ReviewGrade grade, double stability, double difficulty,
                                                           int interval) {
        MemoryState state = fsrs.first(grade);

        assertThat(state.stability()).isCloseTo(stability, within(PRECISION));
        assertThat(state.difficulty()).isCloseTo(difficulty, within(PRECISION));
        assertThat(fsrs.intervalDays(state)).isEqualTo(interval);
    }

    @ParameterizedTest(name = "second review {0}, three days after a first Good")
    @CsvSource({
            "AGAIN, 1.0555610912864883, 8.180332251287444,  1",
            "HARD,  4.924511833379462,  6.726650091287445,  5",
            "GOOD,  10.73892584613159,  5.272967931287446,  11",
            "EASY,  25.79360509476422,  3.8192857712874453, 26"})
    void aReviewOnScheduleMovesStabilityAndDifficultyByGrade(ReviewGrade grade, double stability, double difficulty,
                                                            int interval) {
        MemoryState afterFirst = fsrs.first(ReviewGrade.GOOD);

        MemoryState state = fsrs.next(afterFirst, fsrs.intervalDays(afterFirst), grade);

        assertThat(state.stability()).isCloseTo(stability, within(PRECISION));
        assertThat(state.difficulty()).isCloseTo(difficulty, within(PRECISION));
        assertThat(fsrs.intervalDays(state)).isEqualTo(interval);
    }

    @Test
    void aLapseAfterALongGapDropsStabilityAndRaisesDifficulty() {
        MemoryState learned = fsrs.next(fsrs.first(ReviewGrade.GOOD), 3, ReviewGrade.GOOD);
        assertThat(fsrs.retrievability(20, learned.stability())).isCloseTo(0.8342447145909911, within(PRECISION));

        MemoryState lapsed = fsrs.next(learned, 20, ReviewGrade.AGAIN);

        assertThat(lapsed.stability()).isCloseTo(2.5257049317225433, within(PRECISION))
                .isLessThan(learned.stability());
        assertThat(lapsed.difficulty()).isCloseTo(8.170909306114632, within(PRECISION))
                .isGreaterThan(learned.difficulty());
    }

    @Test
    void aSecondLookTheSameDayUsesShortTermStability() {
        assertThat(fsrs.next(fsrs.first(ReviewGrade.GOOD), 0, ReviewGrade.GOOD).stability())
                .isCloseTo(4.466858064362218, within(PRECISION));
        assertThat(fsrs.next(fsrs.first(ReviewGrade.AGAIN), 0, ReviewGrade.AGAIN).stability())
                .isCloseTo(0.20168903241409677, within(PRECISION));
    }

    @Test
    void recallIsNinetyPercentAfterStabilityDays() {
        assertThat(fsrs.retrievability(10, 10)).isCloseTo(0.9, within(PRECISION));
        assertThat(fsrs.retrievability(0, 10)).isEqualTo(1.0);
        assertThat(fsrs.retrievability(30, 10)).isLessThan(fsrs.retrievability(20, 10));
    }

    @Test
    void difficultyStaysBetweenOneAndTenWhateverTheGrades() {
        MemoryState state = fsrs.first(ReviewGrade.AGAIN);
        for (int review = 0; review < 30; review++) {
            state = fsrs.next(state, 1, ReviewGrade.AGAIN);
        }
        assertThat(state.difficulty()).isLessThanOrEqualTo(10);

        state = fsrs.first(ReviewGrade.EASY);
        for (int review = 0; review < 30; review++) {
            state = fsrs.next(state, fsrs.intervalDays(state), ReviewGrade.EASY);
        }
        assertThat(state.difficulty()).isGreaterThanOrEqualTo(1);
        assertThat(fsrs.intervalDays(state)).isEqualTo(Fsrs.MAX_INTERVAL_DAYS);
    }

    @Test
    void onlyAFullSetOfWeightsIsAccepted() {
        assertThatThrownBy(() -> new Fsrs(List.of(1.0, 2.0))).isInstanceOf(IllegalArgumentException.class);
    }
}
