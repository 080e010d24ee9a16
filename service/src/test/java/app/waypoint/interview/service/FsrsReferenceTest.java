package app.waypoint.interview.service;

import app.waypoint.interview.domain.ReviewGrade;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays the reference histories in {@code fsrs/reference.csv} (written by ts-fsrs 5.4.2 through
 * {@code fsrs/generate-reference.mjs}) through {@link Fsrs}, carrying Fsrs's own memory state from review to
 * review: stability and difficulty must agree to 1e-4 relative after every review, intervals exactly.
 */
class FsrsReferenceTest {

    private static final String FIXTURE = "/fsrs/reference.csv";
    private static final double RELATIVE_TOLERANCE = 1e-4;
    private static final ReviewGrade[] GRADES = ReviewGrade.values();

    private static List<Double> referenceWeights;
    private static double[] retentions;
    private static List<List<Review>> histories;

    /** One line of the fixture: a review and the reference's memory state and intervals after it. */
    record Review(int history, int step, long elapsedDays, ReviewGrade grade, double stability, double difficulty,
                  int[] intervals) {

        String where() {
            return "history " + history + " step " + step + " (" + elapsedDays + " days, " + grade + ")";
        }
    }

    @BeforeAll
    static void readFixture() throws IOException {
        histories = new ArrayList<>();
        try (InputStream in = FsrsReferenceTest.class.getResourceAsStream(FIXTURE)) {
            assertThat(in).as(FIXTURE).isNotNull();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.split(",");
                if (line.startsWith("#weights,")) {
                    referenceWeights = Arrays.stream(fields).skip(1).map(Double::valueOf).toList();
                } else if (line.startsWith("#retentions,")) {
                    retentions = Arrays.stream(fields).skip(1).mapToDouble(Double::parseDouble).toArray();
                } else if (!line.startsWith("#") && !line.isBlank()) {
                    Review review = new Review(Integer.parseInt(fields[0]), Integer.parseInt(fields[1]),
                            Long.parseLong(fields[2]), GRADES[Integer.parseInt(fields[3]) - 1],
                            Double.parseDouble(fields[4]), Double.parseDouble(fields[5]),
                            Arrays.stream(fields).skip(6).mapToInt(Integer::parseInt).toArray());
                    if (review.step() == 0) {
                        histories.add(new ArrayList<>());
                    }
                    histories.getLast().add(review);
                }
            }
        }
    }

    @Test
    void theFixtureIsLargeAndCoversSameDayReviewsLapsesAndLongGaps() {
        List<Review> later = histories.stream().flatMap(h -> h.stream().skip(1)).toList();

        assertThat(histories).hasSizeGreaterThanOrEqualTo(2_000);
        assertThat(later).filteredOn(r -> r.elapsedDays() == 0).hasSizeGreaterThan(1_000);
        assertThat(later).filteredOn(r -> r.elapsedDays() > 0 && r.grade() == ReviewGrade.AGAIN)
                .hasSizeGreaterThan(1_000);
        assertThat(later).filteredOn(r -> r.elapsedDays() >= 365).hasSizeGreaterThan(1_000);
        assertThat(later).filteredOn(r -> r.stability() == Fsrs.MIN_STABILITY).isNotEmpty();
        assertThat(later).filteredOn(r -> r.intervals()[0] == Fsrs.MAX_INTERVAL_DAYS).isNotEmpty();
        assertThat(retentions).contains(Fsrs.DESIRED_RETENTION).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theDefaultWeightsAreTheReferences() {
        assertThat(Fsrs.DEFAULT_WEIGHTS).isEqualTo(referenceWeights);
    }

    @Test
    void everyReferenceHistoryReplaysToTheSameStabilityDifficultyAndIntervals() {
        Fsrs fsrs = new Fsrs();
        List<String> disagreements = new ArrayList<>();
        int reviews = 0;
        for (List<Review> history : histories) {
            MemoryState state = null;
            for (Review review : history) {
                reviews++;
                state = state == null ? fsrs.first(review.grade()) : fsrs.next(state, review.elapsedDays(), review.grade());
                String problem = disagreement(fsrs, state, review);
                if (problem != null) {
                    disagreements.add(review.where() + ": " + problem);
                    break; // the rest of this history follows from a different state
                }
            }
        }
        assertThat(reviews).isGreaterThan(20_000);
        assertThat(disagreements).as("%d of %d histories disagree with ts-fsrs, first ones:%n%s",
                disagreements.size(), histories.size(),
                String.join("\n", disagreements.subList(0, Math.min(20, disagreements.size())))).isEmpty();
    }

    private static String disagreement(Fsrs fsrs, MemoryState state, Review expected) {
        if (!close(state.stability(), expected.stability())) {
            return "stability " + state.stability() + ", reference " + expected.stability();
        }
        if (!close(state.difficulty(), expected.difficulty())) {
            return "difficulty " + state.difficulty() + ", reference " + expected.difficulty();
        }
        for (int i = 0; i < retentions.length; i++) {
            int interval = retentions[i] == Fsrs.DESIRED_RETENTION ? fsrs.intervalDays(state)
                    : fsrs.intervalDays(state, retentions[i]);
            if (interval != expected.intervals()[i]) {
                return "interval at retention " + retentions[i] + " " + interval + " days, reference "
                        + expected.intervals()[i] + " (stability " + state.stability() + ")";
            }
        }
        return null;
    }

    private static boolean close(double actual, double expected) {
        return Math.abs(actual - expected) <= RELATIVE_TOLERANCE * Math.abs(expected);
    }
}
