package app.waypoint.activity.service;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class StreakDaysTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 12);

    @Test
    void aStreakCountsBackFromTodayOrFromYesterdayWhileTodayIsOpen() {
        StreakDays days = new StreakDays(Set.of(TODAY.minusDays(1), TODAY.minusDays(2), TODAY.minusDays(4)), Set.of());
        assertThat(days.length(TODAY)).isEqualTo(2);
        assertThat(new StreakDays(Set.of(TODAY, TODAY.minusDays(1)), Set.of()).length(TODAY)).isEqualTo(2);
        assertThat(new StreakDays(Set.of(TODAY.minusDays(2)), Set.of()).length(TODAY)).isZero();
    }

    @Test
    void aStreakTogetherCountsTheDaysEveryoneStudiedAndFreezesOnlyBridge() {
        StreakDays ana = new StreakDays(Set.of(TODAY, TODAY.minusDays(1), TODAY.minusDays(2), TODAY.minusDays(3),
                TODAY.minusDays(5)), Set.of(TODAY.minusDays(4)));
        StreakDays bo = new StreakDays(Set.of(TODAY.minusDays(1), TODAY.minusDays(3), TODAY.minusDays(4),
                TODAY.minusDays(5)), Set.of(TODAY.minusDays(2)));
        // today: Bo not yet; yesterday both; the day before Bo froze; then both; then Ana froze; then both
        assertThat(StreakDays.together(List.of(ana, bo), TODAY)).isEqualTo(3);
        assertThat(StreakDays.together(List.of(ana), TODAY)).as("one person: their own streak")
                .isEqualTo(ana.length(TODAY));
        StreakDays idle = new StreakDays(Set.of(TODAY.minusDays(3)), Set.of());
        assertThat(StreakDays.together(List.of(ana, bo, idle), TODAY)).as("someone missed yesterday").isZero();
        assertThat(StreakDays.together(List.of(), TODAY)).isZero();
    }

    @Test
    void aFrozenDayBridgesTheGapWithoutCounting() {
        StreakDays days = new StreakDays(Set.of(TODAY, TODAY.minusDays(2), TODAY.minusDays(3)),
                Set.of(TODAY.minusDays(1)));
        assertThat(days.length(TODAY)).isEqualTo(3);
    }

    @Test
    void yesterdayCanBeFrozenOnlyToSaveALiveStreakAndOnlyTwiceAMonth() {
        Set<LocalDate> frozen = new HashSet<>();
        StreakDays days = new StreakDays(Set.of(TODAY.minusDays(2), TODAY.minusDays(3)), frozen);
        assertThat(days.canFreezeYesterday(TODAY)).isTrue();
        assertThat(days.freezesLeft(TODAY)).isEqualTo(2);

        frozen.add(TODAY.minusDays(1));
        assertThat(days.canFreezeYesterday(TODAY)).as("already frozen").isFalse();
        assertThat(days.length(TODAY)).isEqualTo(2);

        frozen.add(TODAY.minusDays(5));
        assertThat(days.freezesLeft(TODAY)).isZero();
        StreakDays nextMissed = new StreakDays(Set.of(TODAY.plusDays(1)), frozen);
        assertThat(nextMissed.freezesLeft(TODAY.plusDays(20))).as("a new month").isEqualTo(2);

        assertThat(new StreakDays(Set.of(TODAY.minusDays(1)), Set.of()).canFreezeYesterday(TODAY))
                .as("yesterday was not missed").isFalse();
        assertThat(new StreakDays(Set.of(TODAY.minusDays(5)), Set.of()).canFreezeYesterday(TODAY))
                .as("nothing left to save").isFalse();
    }
}
