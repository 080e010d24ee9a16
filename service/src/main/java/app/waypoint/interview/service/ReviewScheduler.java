package app.waypoint.interview.service;

import app.waypoint.interview.domain.CardPhase;
import app.waypoint.interview.domain.ReviewGrade;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * FSRS-6 with Anki's learning steps, as the reference scheduler (ts-fsrs 5.x's basic scheduler, short-term on)
 * does them: a new card steps through 1 and 10 minutes before it graduates to days, a card forgotten in review
 * relearns in a 10-minute step. Memory states come from {@link Fsrs} at every grade, steps included.
 *
 * <p>{@link #outcomes} is the reference's result exactly (its intervals fuzzed here, when fuzz is on, with
 * {@link IntervalFuzz}); {@link #distinct} then keeps the four grades apart as Anki shows them.
 */
final class ReviewScheduler {

    static final List<Integer> LEARNING_STEPS_MINUTES = List.of(1, 10);
    static final List<Integer> RELEARNING_STEPS_MINUTES = List.of(10);

    /** Where a card stands before a grade: its phase, its step, and its memory state (null while new). */
    record Position(CardPhase phase, int step, MemoryState state) {
    }

    /**
     * What a grade does: the memory state after it, the phase and step it leads to, and the wait, in minutes for
     * a learning or relearning step and otherwise in days.
     */
    record Outcome(MemoryState state, CardPhase phase, int step, int minutes, int days) {

        boolean inSteps() {
            return phase.inSteps();
        }

        Outcome withDays(int newDays) {
            return new Outcome(state, phase, step, minutes, newDays);
        }
    }

    private final Fsrs fsrs;
    private final double desiredRetention;
    private final boolean fuzz;

    ReviewScheduler(Fsrs fsrs, double desiredRetention, boolean fuzz) {
        this.fsrs = fsrs;
        this.desiredRetention = desiredRetention;
        this.fuzz = fuzz;
    }

    /** What each grade does to a card, {@code elapsedDays} after its last review, its fuzz drawn from the seed. */
    Map<ReviewGrade, Outcome> outcomes(Position card, long elapsedDays, long seed) {
        Map<ReviewGrade, MemoryState> states = new EnumMap<>(ReviewGrade.class);
        for (ReviewGrade grade : ReviewGrade.values()) {
            states.put(grade, card.phase() == CardPhase.NEW ? fsrs.first(grade)
                    : fsrs.next(card.state(), elapsedDays, grade));
        }
        return card.phase() == CardPhase.REVIEW ? fromReview(states, elapsedDays, seed)
                : fromSteps(card, states, elapsedDays, seed);
    }

    /**
     * Keeps Easy beyond Good when both graduate to days (the reference can give both the same day early on), so
     * the four buttons always promise four different waits.
     */
    static Map<ReviewGrade, Outcome> distinct(Map<ReviewGrade, Outcome> outcomes) {
        Outcome good = outcomes.get(ReviewGrade.GOOD);
        Outcome easy = outcomes.get(ReviewGrade.EASY);
        if (good.inSteps() || easy.inSteps() || easy.days() > good.days()) {
            return outcomes;
        }
        Map<ReviewGrade, Outcome> kept = new EnumMap<>(outcomes);
        kept.put(ReviewGrade.EASY, easy.withDays(Math.min(good.days() + 1, Fsrs.MAX_INTERVAL_DAYS)));
        return kept;
    }

    /** In review: Again relearns; Hard, Good and Easy wait days, each strictly longer than the one before. */
    private Map<ReviewGrade, Outcome> fromReview(Map<ReviewGrade, MemoryState> states, long elapsedDays, long seed) {
        int hard = interval(states.get(ReviewGrade.HARD), elapsedDays, seed);
        int good = interval(states.get(ReviewGrade.GOOD), elapsedDays, seed);
        hard = Math.min(hard, good);
        good = Math.max(good, hard + 1);
        int easy = Math.max(interval(states.get(ReviewGrade.EASY), elapsedDays, seed), good + 1);
        Map<ReviewGrade, Outcome> outcomes = new EnumMap<>(ReviewGrade.class);
        MemoryState forgotten = states.get(ReviewGrade.AGAIN);
        outcomes.put(ReviewGrade.AGAIN, RELEARNING_STEPS_MINUTES.isEmpty()
                ? graduated(forgotten, interval(forgotten, elapsedDays, seed))
                : new Outcome(forgotten, CardPhase.RELEARNING, 0, RELEARNING_STEPS_MINUTES.get(0), 0));
        outcomes.put(ReviewGrade.HARD, graduated(states.get(ReviewGrade.HARD), hard));
        outcomes.put(ReviewGrade.GOOD, graduated(states.get(ReviewGrade.GOOD), good));
        outcomes.put(ReviewGrade.EASY, graduated(states.get(ReviewGrade.EASY), easy));
        return outcomes;
    }

    /**
     * New, learning or relearning: Again goes back to the first step, Hard repeats the current one (halfway to
     * the second, or half again as long when there is one step), Good moves to the next step or graduates, and
     * Easy graduates.
     */
    private Map<ReviewGrade, Outcome> fromSteps(Position card, Map<ReviewGrade, MemoryState> states, long elapsedDays,
                                                long seed) {
        boolean relearning = card.phase() == CardPhase.RELEARNING;
        List<Integer> steps = relearning ? RELEARNING_STEPS_MINUTES : LEARNING_STEPS_MINUTES;
        CardPhase stepPhase = relearning ? CardPhase.RELEARNING : CardPhase.LEARNING;
        int current = card.phase() == CardPhase.NEW ? 0 : card.step();
        Map<ReviewGrade, Outcome> outcomes = new EnumMap<>(ReviewGrade.class);
        for (ReviewGrade grade : ReviewGrade.values()) {
            MemoryState state = states.get(grade);
            Integer minutes = null;
            int nextStep = 0;
            if (current < steps.size()) {
                switch (grade) {
                    case AGAIN -> minutes = steps.get(0);
                    case HARD -> {
                        minutes = steps.size() == 1 ? (int) Math.round(steps.get(0) * 1.5)
                                : (int) Math.round((steps.get(0) + steps.get(1)) / 2.0);
                        nextStep = current;
                    }
                    case GOOD -> {
                        if (current + 1 < steps.size()) {
                            minutes = steps.get(current + 1);
                            nextStep = current + 1;
                        }
                    }
                    case EASY -> minutes = null;
                }
            }
            outcomes.put(grade, minutes == null ? graduated(state, interval(state, elapsedDays, seed))
                    : new Outcome(state, stepPhase, nextStep, minutes, 0));
        }
        return outcomes;
    }

    private static Outcome graduated(MemoryState state, int days) {
        return new Outcome(state, CardPhase.REVIEW, 0, 0, days);
    }

    private int interval(MemoryState state, long elapsedDays, long seed) {
        int days = fsrs.intervalDays(state, desiredRetention);
        return fuzz ? IntervalFuzz.apply(days, elapsedDays, seed) : days;
    }
}
