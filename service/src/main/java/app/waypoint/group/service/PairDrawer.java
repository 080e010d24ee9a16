package app.waypoint.group.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Draws random mock-interview pairs, with one trio when the count is odd so nobody sits out. Among many random
 * draws it keeps the one that repeats the fewest of last week's pairs, so partners rotate whenever they can.
 */
class PairDrawer {

    private static final int ATTEMPTS = 200;

    private final Random random;

    PairDrawer(Random random) {
        this.random = random;
    }

    List<List<Long>> draw(List<Long> people, Set<Set<Long>> lastWeek) {
        if (people.size() < 2) {
            throw new IllegalArgumentException("Pairs need at least two people");
        }
        List<List<Long>> best = null;
        int fewestRepeats = Integer.MAX_VALUE;
        for (int attempt = 0; attempt < ATTEMPTS && fewestRepeats > 0; attempt++) {
            List<Long> shuffled = new ArrayList<>(people);
            Collections.shuffle(shuffled, random);
            List<List<Long>> groups = split(shuffled);
            int repeats = repeats(groups, lastWeek);
            if (repeats < fewestRepeats) {
                best = groups;
                fewestRepeats = repeats;
            }
        }
        return best;
    }

    /** Pairs in order; the last three form a trio when the count is odd. */
    private static List<List<Long>> split(List<Long> shuffled) {
        List<List<Long>> groups = new ArrayList<>();
        int pairs = shuffled.size() / 2;
        for (int i = 0; i < pairs; i++) {
            groups.add(new ArrayList<>(shuffled.subList(2 * i, 2 * i + 2)));
        }
        if (shuffled.size() % 2 == 1) {
            groups.get(groups.size() - 1).add(shuffled.get(shuffled.size() - 1));
        }
        return groups;
    }

    static Set<Set<Long>> pairsWithin(List<List<Long>> groups) {
        Set<Set<Long>> pairs = new HashSet<>();
        for (List<Long> group : groups) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    pairs.add(Set.of(group.get(i), group.get(j)));
                }
            }
        }
        return pairs;
    }

    private static int repeats(List<List<Long>> groups, Set<Set<Long>> lastWeek) {
        return (int) pairsWithin(groups).stream().filter(lastWeek::contains).count();
    }
}
