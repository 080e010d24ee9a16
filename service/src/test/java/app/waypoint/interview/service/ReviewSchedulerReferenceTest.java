package app.waypoint.interview.service;

import app.waypoint.interview.domain.CardPhase;
import app.waypoint.interview.domain.ReviewGrade;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays the reference histories in {@code fsrs/steps-reference.csv} (written by ts-fsrs 5.4.2's scheduler with
 * learning steps, fuzz off, through {@code fsrs/generate-steps-reference.mjs}) through {@link ReviewScheduler},
 * carrying the scheduler's own phase, step and memory state from review to review: after every review the phase
 * and step must agree exactly, stability and difficulty to 1e-4 relative, the wait in days or minutes exactly.
 */
class ReviewSchedulerReferenceTest {

    private static final String FIXTURE = "/fsrs/steps-reference.csv";
    private static final double RELATIVE_TOLERANCE = 1e-4;
    private static final ReviewGrade[] GRADES = ReviewGrade.values();
    /** ts-fsrs's State numbers: 0 New, 1 Learning, 2 Review, 3 Relearning. */
    private static final CardPhase[] PHASES = {CardPhase.NEW, CardPhase.LEARNING, CardPhase.REVIEW,
            CardPhase.RELEARNING};

    private static List<Double> referenceWeights;
    private static List<Integer> referenceLearningSteps;
    private static List<Integer> referenceRelearningSteps;
    private static List<List<Review>> histories;

    /** One line of the fixture: a review, where the card stood before it and what the reference made of it. */
    record Review(int history, int index, double retention, Instant reviewedAt, long elapsedDays,
                  CardPhase phaseBefore, int stepBefore, ReviewGrade grade, CardPhase phase, int step,
                  double stability, double difficulty, int days, int minutes) {

        String where() {
            return "history " + history + " review " + index + " (retention " + retention + ", " + phaseBefore
                    + " step " + stepBefore + ", " + elapsedDays + " days, " + grade + ")";
        }
    }

    @BeforeAll
    static void readFixture() throws IOException {
        histories = new ArrayList<>();
        try (InputStream in = ReviewSchedulerReferenceTest.class.getResourceAsStream(FIXTURE)) {
            assertThat(in).as(FIXTURE).isNotNull();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.split(",");
                if (line.startsWith("#weights,")) {
                    referenceWeights = Arrays.stream(fields).skip(1).map(Double::valueOf).toList();
                } else if (line.startsWith("#learningSteps,")) {
                    referenceLearningSteps = Arrays.stream(fields).skip(1).map(Integer::valueOf).toList();
                } else if (line.startsWith("#relearningSteps,")) {
                    referenceRelearningSteps = Arrays.stream(fields).skip(1).map(Integer::valueOf).toList();
                } else if (!line.startsWith("#") && !line.isBlank()) {
                    Review review = new Review(Integer.parseInt(fields[0]), Integer.parseInt(fields[1]),
                            Double.parseDouble(fields[2]), Instant.parse(fields[3]), Long.parseLong(fields[4]),
                            PHASES[Integer.parseInt(fields[5])], Integer.parseInt(fields[6]),
                            GRADES[Integer.parseInt(fields[7]) - 1], PHASES[Integer.parseInt(fields[8])],
                            Integer.parseInt(fields[9]), Double.parseDouble(fields[10]),
                            Double.parseDouble(fields[11]), Integer.parseInt(fields[12]),
                            Integer.parseInt(fields[13]));
                    if (review.index() == 0) {
                        histories.add(new ArrayList<>());
                    }
                    histories.getLast().add(review);
                }
            }
        }
    }

    @Test
    void theFixtureIsLargeAndCoversEveryGradeInEveryPhaseAndStep() {
        List<Review> all = histories.stream().flatMap(List::stream).toList();

        assertThat(histories).hasSizeGreaterThanOrEqualTo(2_000);
        Set<String> combinations = all.stream().map(r -> r.phaseBefore() + " " + r.grade())
                .collect(Collectors.toSet());
        for (CardPhase phase : CardPhase.values()) {
            for (ReviewGrade grade : GRADES) {
                assertThat(combinations).as("reviews of a %s card graded %s", phase, grade)
                        .contains(phase + " " + grade);
            }
        }
        for (int step = 0; step < ReviewScheduler.LEARNING_STEPS_MINUTES.size(); step++) {
            for (ReviewGrade grade : GRADES) {
                int learningStep = step;
                assertThat(all).as("reviews of a card in learning step %d graded %s", step, grade)
                        .anyMatch(r -> r.phaseBefore() == CardPhase.LEARNING && r.stepBefore() == learningStep
                                && r.grade() == grade);
            }
        }
        assertThat(all).filteredOn(r -> r.phaseBefore().inSteps() && r.elapsedDays() == 0).hasSizeGreaterThan(1_000);
        assertThat(all).filteredOn(r -> r.phaseBefore().inSteps() && r.elapsedDays() > 0).hasSizeGreaterThan(1_000);
        assertThat(all).filteredOn(r -> r.phaseBefore() == CardPhase.REVIEW && r.elapsedDays() == 0).isNotEmpty();
        assertThat(all).filteredOn(r -> r.phaseBefore() == CardPhase.REVIEW && r.elapsedDays() >= 365)
                .hasSizeGreaterThan(1_000);
        assertThat(all).filteredOn(r -> r.phase() == CardPhase.REVIEW && r.days() >= Fsrs.MAX_INTERVAL_DAYS)
                .isNotEmpty();
        assertThat(all).extracting(Review::retention).contains(0.9, 0.8, 0.95);
    }

    @Test
    void theDefaultWeightsAndStepsAreTheReferences() {
        assertThat(Fsrs.DEFAULT_WEIGHTS).isEqualTo(referenceWeights);
        assertThat(ReviewScheduler.LEARNING_STEPS_MINUTES).isEqualTo(referenceLearningSteps);
        assertThat(ReviewScheduler.RELEARNING_STEPS_MINUTES).isEqualTo(referenceRelearningSteps);
    }

    @Test
    void theElapsedDaysAreTheWholeDaysBetweenTheUtcDatesOfTwoReviews() {
        for (List<Review> history : histories) {
            for (int i = 0; i < history.size(); i++) {
                Review review = history.get(i);
                long days = i == 0 ? 0 : ChronoUnit.DAYS.between(utcDate(history.get(i - 1)), utcDate(review));
                assertThat(review.elapsedDays()).as(review.where()).isEqualTo(days);
            }
        }
    }

    @Test
    void everyReferenceHistoryReplaysToTheSamePhasesStepsMemoryStatesAndWaits() {
        Fsrs fsrs = new Fsrs();
        List<String> disagreements = new ArrayList<>();
        int reviews = 0;
        for (List<Review> history : histories) {
            ReviewScheduler scheduler = new ReviewScheduler(fsrs, history.getFirst().retention(), false);
            ReviewScheduler.Position position = new ReviewScheduler.Position(CardPhase.NEW, 0, null);
            for (Review review : history) {
                reviews++;
                ReviewScheduler.Outcome outcome = scheduler.outcomes(position, review.elapsedDays(), review.history())
                        .get(review.grade());
                String problem = review.phaseBefore() != position.phase() || review.stepBefore() != position.step()
                        ? "the card stands at " + position.phase() + " step " + position.step()
                        : disagreement(outcome, review);
                if (problem != null) {
                    disagreements.add(review.where() + ": " + problem);
                    break; // the rest of this history follows from a different card
                }
                position = new ReviewScheduler.Position(outcome.phase(), outcome.step(), outcome.state());
            }
        }
        assertThat(reviews).isGreaterThan(20_000);
        assertThat(disagreements).as("%d of %d histories disagree with ts-fsrs, first ones:%n%s",
                disagreements.size(), histories.size(),
                String.join("\n", disagreements.subList(0, Math.min(20, disagreements.size())))).isEmpty();
    }

    private static String disagreement(ReviewScheduler.Outcome outcome, Review expected) {
        if (outcome.phase() != expected.phase() || outcome.step() != expected.step()) {
            return "to " + outcome.phase() + " step " + outcome.step() + ", reference " + expected.phase() + " step "
                    + expected.step();
        }
        if (!close(outcome.state().stability(), expected.stability())) {
            return "stability " + outcome.state().stability() + ", reference " + expected.stability();
        }
        if (!close(outcome.state().difficulty(), expected.difficulty())) {
            return "difficulty " + outcome.state().difficulty() + ", reference " + expected.difficulty();
        }
        if (outcome.days() != expected.days() || outcome.minutes() != expected.minutes()) {
            return outcome.days() + " days " + outcome.minutes() + " minutes, reference " + expected.days()
                    + " days " + expected.minutes() + " minutes";
        }
        return null;
    }

    private static LocalDate utcDate(Review review) {
        return LocalDate.ofInstant(review.reviewedAt(), ZoneOffset.UTC);
    }

    private static boolean close(double actual, double expected) {
        return Math.abs(actual - expected) <= RELATIVE_TOLERANCE * Math.abs(expected);
    }
}
