package app.waypoint.interview.service;

import app.waypoint.account.service.AccountService;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.interview.domain.CardPhase;
import app.waypoint.interview.domain.QuestionCard;
import app.waypoint.interview.domain.QuestionCardRepository;
import app.waypoint.interview.domain.ReviewGrade;
import app.waypoint.interview.domain.ReviewSettings;
import app.waypoint.interview.domain.ReviewSettingsRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static app.waypoint.interview.domain.ReviewSettings.MAX_PER_DAY;
import static app.waypoint.interview.domain.ReviewSettings.MAX_RETENTION;
import static app.waypoint.interview.domain.ReviewSettings.MIN_RETENTION;

/**
 * A person's review settings: desired retention and the daily limits, with what a retention would mean for their
 * workload (a forecast of reviews a day) before they choose it.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class ReviewSettingsService {

    public static final int FORECAST_DAYS = 30;

    private final ReviewSettingsRepository settings;
    private final QuestionCardRepository cards;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final Clock clock;
    private final Fsrs fsrs = new Fsrs();

    ReviewSettingsService(ReviewSettingsRepository settings, QuestionCardRepository cards, CurrentUser currentUser,
                          AccountService accounts, Clock clock) {
        this.settings = settings;
        this.cards = cards;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ReviewPreferences mine() {
        long me = currentUser.id();
        return preferences(settings.findById(me).orElse(null), me);
    }

    /** Saved settings as preferences; none saved means the defaults. */
    static ReviewPreferences preferences(ReviewSettings saved, long accountId) {
        return saved == null ? view(new ReviewSettings(accountId), null) : view(saved, saved.getVersion());
    }

    /**
     * Saves the settings from the version the person saw (another tab's newer save is refused). A new desired
     * retention moves the due day of every card in review to its last review plus the interval for that
     * retention, as the forecast showed; returns how many cards moved.
     */
    public int change(double desiredRetention, int newCardsPerDay, int reviewsPerDay, Long expectedVersion) {
        check(desiredRetention, newCardsPerDay, reviewsPerDay);
        long me = currentUser.id();
        ReviewSettings mine = settings.findById(me).orElse(null);
        Long current = mine == null ? null : mine.getVersion();
        if (!Objects.equals(current, expectedVersion)) {
            throw new ConcurrentEditException();
        }
        if (mine == null) {
            mine = new ReviewSettings(me);
        }
        boolean retentionChanged = mine.getDesiredRetention() != desiredRetention;
        mine.change(desiredRetention, newCardsPerDay, reviewsPerDay);
        try {
            settings.saveAndFlush(mine);
        } catch (OptimisticLockingFailureException raced) {
            throw new ConcurrentEditException();
        }
        if (!retentionChanged) {
            return 0;
        }
        int moved = 0;
        for (QuestionCard card : cards.findByOwnerIdOrderByCreatedAtAscIdAsc(me)) {
            if (movedBy(card, desiredRetention)) {
                card.dueMoved(dueAt(card, desiredRetention));
                moved++;
            }
        }
        return moved;
    }

    /** How many cards in review would move if the desired retention became {@code desiredRetention}. */
    @Transactional(readOnly = true)
    public int cardsMovedBy(double desiredRetention) {
        return (int) cards.findByOwnerIdOrderByCreatedAtAscIdAsc(currentUser.id()).stream()
                .filter(card -> movedBy(card, desiredRetention)).count();
    }

    /**
     * Reviews a day over the next {@value #FORECAST_DAYS} days at a desired retention, today first: each known
     * card from its due day at that retention, assumed recalled every time, and the new cards as the daily limit
     * lets them in. It is a workload estimate, to compare retentions, not a promise.
     */
    @Transactional(readOnly = true)
    public int[] forecast(double desiredRetention) {
        if (!(desiredRetention >= MIN_RETENTION && desiredRetention <= MAX_RETENTION)) {
            throw new InvalidInputException("desiredRetention", "review-settings.retention.range");
        }
        long me = currentUser.id();
        LocalDate today = LocalDate.now(clock.withZone(accounts.currentProfile().timeZone()));
        ReviewPreferences mine = mine();
        int[] reviews = new int[FORECAST_DAYS];
        int newCards = 0;
        for (QuestionCard card : cards.findByOwnerIdOrderByCreatedAtAscIdAsc(me)) {
            if (card.isNew()) {
                newCards++;
            } else {
                LocalDate due = card.getPhase() == CardPhase.REVIEW ? dueAt(card, desiredRetention) : today;
                simulate(new MemoryState(card.getStability(), card.getDifficulty()), card.getLastReview(),
                        due.isBefore(today) ? today : due, today, desiredRetention, reviews);
            }
        }
        for (int day = 0; day < FORECAST_DAYS && newCards > 0; day++) {
            int introduced = Math.min(newCards, mine.newCardsPerDay());
            newCards -= introduced;
            LocalDate learnt = today.plusDays(day);
            MemoryState state = fsrs.next(fsrs.first(ReviewGrade.GOOD), 0, ReviewGrade.GOOD);
            for (int i = 0; i < introduced; i++) {
                simulate(state, learnt, learnt.plusDays(fsrs.intervalDays(state, desiredRetention)), today,
                        desiredRetention, reviews);
            }
        }
        return reviews;
    }

    /** Counts a card's reviews inside the forecast, from its next due day on, each one recalled (Good). */
    private void simulate(MemoryState state, LocalDate last, LocalDate due, LocalDate today, double retention,
                          int[] reviews) {
        while (ChronoUnit.DAYS.between(today, due) < FORECAST_DAYS) {
            reviews[(int) ChronoUnit.DAYS.between(today, due)]++;
            state = fsrs.next(state, Math.max(0, ChronoUnit.DAYS.between(last, due)), ReviewGrade.GOOD);
            last = due;
            due = due.plusDays(fsrs.intervalDays(state, retention));
        }
    }

    /**
     * A card in review's due day at a retention: its last review plus the interval, fuzzed with the seed of that
     * review, as the review would have set it.
     */
    private LocalDate dueAt(QuestionCard card, double retention) {
        int days = fsrs.intervalDays(new MemoryState(card.getStability(), card.getDifficulty()), retention);
        return card.getLastReview().plusDays(
                IntervalFuzz.apply(days, 0, IntervalFuzz.seed(card.getId(), card.getReviews() - 1)));
    }

    private boolean movedBy(QuestionCard card, double retention) {
        return card.getPhase() == CardPhase.REVIEW && !dueAt(card, retention).equals(card.getDueOn());
    }

    private static void check(double desiredRetention, int newCardsPerDay, int reviewsPerDay) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!(desiredRetention >= MIN_RETENTION && desiredRetention <= MAX_RETENTION)) {
            problems.add(new FieldProblem("desiredRetention", "review-settings.retention.range"));
        }
        if (newCardsPerDay < 0 || newCardsPerDay > MAX_PER_DAY) {
            problems.add(new FieldProblem("newCardsPerDay", "review-settings.limit.range"));
        }
        if (reviewsPerDay < 0 || reviewsPerDay > MAX_PER_DAY) {
            problems.add(new FieldProblem("reviewsPerDay", "review-settings.limit.range"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static ReviewPreferences view(ReviewSettings found, Long version) {
        return new ReviewPreferences(found.getDesiredRetention(), found.getNewCardsPerDay(), found.getReviewsPerDay(),
                version);
    }
}
