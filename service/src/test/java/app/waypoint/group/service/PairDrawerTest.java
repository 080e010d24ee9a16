package app.waypoint.group.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PairDrawerTest {

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5, 7, 10, 11})
    void everyoneIsPlacedOnceInPairsWithOneTrioForOddCounts(int count) {
        List<Long> people = LongStream.rangeClosed(1, count).boxed().toList();
        List<List<Long>> groups = new PairDrawer(new Random(count)).draw(people, Set.of());

        assertThat(groups.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(people);
        assertThat(groups).allSatisfy(group -> assertThat(group).hasSizeBetween(2, 3));
        assertThat(groups.stream().filter(group -> group.size() == 3)).hasSize(count % 2);
    }

    @Test
    void lastWeeksPairsAreAvoidedWheneverPossible() {
        List<Long> people = List.of(1L, 2L, 3L, 4L);
        Set<Set<Long>> lastWeek = Set.of(Set.of(1L, 2L), Set.of(3L, 4L));
        for (long seed = 0; seed < 50; seed++) {
            List<List<Long>> groups = new PairDrawer(new Random(seed)).draw(people, lastWeek);
            assertThat(PairDrawer.pairsWithin(groups)).doesNotContainAnyElementsOf(lastWeek);
        }
    }

    @Test
    void repeatedWeeksRotateAnOddGroupWithoutRepeatingAPairTwiceInARow() {
        List<Long> people = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        Random random = new Random(7);
        Set<Set<Long>> previous = Set.of();
        for (int week = 0; week < 6; week++) {
            List<List<Long>> groups = new PairDrawer(random).draw(people, previous);
            Set<Set<Long>> pairs = PairDrawer.pairsWithin(groups);
            assertThat(pairs).noneMatch(previous::contains);
            previous = pairs;
        }
    }

    @Test
    void twoPeopleMeetAgainBecauseThereIsNobodyElse() {
        Set<Set<Long>> lastWeek = Set.of(Set.of(1L, 2L));
        assertThat(new PairDrawer(new Random(1)).draw(List.of(1L, 2L), lastWeek))
                .singleElement().satisfies(pair -> assertThat(pair).containsExactlyInAnyOrder(1L, 2L));
        assertThatThrownBy(() -> new PairDrawer(new Random(1)).draw(List.of(1L), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
