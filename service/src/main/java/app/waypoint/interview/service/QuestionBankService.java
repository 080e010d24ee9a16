package app.waypoint.interview.service;

import app.waypoint.account.service.AccountService;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.domain.Language;
import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.interview.domain.CardReview;
import app.waypoint.interview.domain.CardReviewRepository;
import app.waypoint.interview.domain.CardSchedule;
import app.waypoint.interview.domain.QuestionCard;
import app.waypoint.interview.domain.QuestionCardRepository;
import app.waypoint.interview.domain.QuestionCategory;
import app.waypoint.interview.domain.ReviewGrade;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static app.waypoint.base.service.TextInput.length;
import static app.waypoint.base.service.TextInput.blankToNull;

/** A person's interview question deck and its spaced-repetition reviews (FSRS). */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class QuestionBankService {

    public static final int MAX_QUESTION = 2000;
    public static final int MAX_ANSWER = 10_000;
    public static final int MAX_TAGS = 200;
    public static final int MAX_COMPANY = 100;

    private final QuestionCardRepository cards;
    private final CardReviewRepository reviews;
    private final StarterQuestions starter;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final Clock clock;
    private final Fsrs fsrs = new Fsrs();

    QuestionBankService(QuestionCardRepository cards, CardReviewRepository reviews, StarterQuestions starter,
                        CurrentUser currentUser, AccountService accounts, Clock clock) {
        this.cards = cards;
        this.reviews = reviews;
        this.starter = starter;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Copies the starter questions the person does not have yet into their deck; returns how many. */
    public int addStarterSet(Language language) {
        long me = currentUser.id();
        Set<String> have = new HashSet<>(cards.findSourceKeys(me));
        LocalDate today = today();
        int added = 0;
        for (StarterQuestions.Question question : starter.all()) {
            if (have.add(question.key())) {
                cards.save(new QuestionCard(me, question.key(), category(question.category()),
                        question.question().in(language), question.answer().in(language),
                        String.join(", ", question.tags()), null, today, clock.instant()));
                added++;
            }
        }
        return added;
    }

    /** How many starter questions are not (or no longer) in the person's deck. */
    @Transactional(readOnly = true)
    public int missingStarterQuestions() {
        Set<String> have = new HashSet<>(cards.findSourceKeys(currentUser.id()));
        return (int) starter.all().stream().filter(question -> !have.contains(question.key())).count();
    }

    /** Adds a card of the person's own; it is due for a first review today. */
    public long addCard(QuestionCategory category, String question, String answer, String tags, String company) {
        checkCard(category, question, answer, tags, company);
        return cards.save(new QuestionCard(currentUser.id(), null, category, question.strip(), blankToNull(answer),
                blankToNull(tags), blankToNull(company), today(), clock.instant())).getId();
    }

    /**
     * Changes a card's text from the version the person saw; another tab's newer save is refused, never
     * overwritten. The review schedule stays: rewording a question does not reset what was learnt.
     */
    public void updateCard(long cardId, QuestionCategory category, String question, String answer, String tags,
                           String company, long expectedVersion) {
        checkCard(category, question, answer, tags, company);
        QuestionCard card = owned(cardId);
        if (card.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        card.edit(category, question.strip(), blankToNull(answer), blankToNull(tags), blankToNull(company));
        try {
            cards.saveAndFlush(card);
        } catch (OptimisticLockingFailureException raced) {
            throw new ConcurrentEditException();
        }
    }

    /** Deletes a card; the database deletes its review history with it. */
    public void deleteCard(long cardId) {
        cards.delete(owned(cardId));
    }

    @Transactional(readOnly = true)
    public ReviewCard card(long cardId) {
        return view(owned(cardId));
    }

    @Transactional(readOnly = true)
    public List<ReviewCard> myCards() {
        return myCards(null);
    }

    /** The person's cards in the order they were added, only those of {@code category} unless it is null. */
    @Transactional(readOnly = true)
    public List<ReviewCard> myCards(QuestionCategory category) {
        long me = currentUser.id();
        List<QuestionCard> found = category == null ? cards.findByOwnerIdOrderByCreatedAtAscIdAsc(me)
                : cards.findByOwnerIdAndCategoryOrderByCreatedAtAscIdAsc(me, category);
        return found.stream().map(QuestionBankService::view).toList();
    }

    /** The cards due today or earlier, oldest due first, in one statement however many there are. */
    @Transactional(readOnly = true)
    public List<ReviewCard> dueCards() {
        return cards.findDue(currentUser.id(), today()).stream().map(QuestionBankService::view).toList();
    }

    /**
     * Grades one review and schedules the card's next one with FSRS. A grade given on a stale card (another
     * tab reviewed it first) is refused, so a card is never scheduled twice for one look.
     */
    public ReviewCard review(long cardId, ReviewGrade grade, long expectedVersion) {
        long me = currentUser.id();
        QuestionCard card = owned(cardId);
        if (card.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        LocalDate today = today();
        MemoryState state = nextState(card, grade, today);
        int interval = interval(card, state, today);
        CardSchedule before = card.schedule();
        card.reviewed(state.stability(), state.difficulty(), today, interval, !card.isNew() && grade == ReviewGrade.AGAIN);
        reviews.save(new CardReview(card.getId(), me, today, grade, state.stability(), state.difficulty(), interval,
                clock.instant(), before));
        return view(cards.saveAndFlush(card));
    }

    /**
     * Takes back the card's latest review, from the version the person saw: its schedule becomes exactly what it
     * was before that review, and the review leaves the log (and with it the streak). A card whose latest review
     * is already taken back can go back one more, so a session can be undone grade by grade.
     */
    public ReviewCard undoLastReview(long cardId, long expectedVersion) {
        QuestionCard card = owned(cardId);
        if (card.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        CardReview latest = reviews.findFirstByCardIdOrderByReviewedAtDescIdDesc(cardId)
                .filter(review -> review.scheduleBefore().isPresent())
                .orElseThrow(() -> new InvalidInputException("review", "review.undo.nothing"));
        card.reviewTakenBack(latest);
        reviews.delete(latest);
        try {
            return view(cards.saveAndFlush(card));
        } catch (OptimisticLockingFailureException raced) {
            throw new ConcurrentEditException();
        }
    }

    /** For each grade, in how many days the card would come back: shown on the grade buttons. */
    @Transactional(readOnly = true)
    public Map<ReviewGrade, Integer> intervalsIfGraded(long cardId) {
        QuestionCard card = owned(cardId);
        LocalDate today = today();
        Map<ReviewGrade, Integer> intervals = new EnumMap<>(ReviewGrade.class);
        for (ReviewGrade grade : ReviewGrade.values()) {
            intervals.put(grade, interval(card, nextState(card, grade, today), today));
        }
        return intervals;
    }

    private MemoryState nextState(QuestionCard card, ReviewGrade grade, LocalDate today) {
        return card.isNew() ? fsrs.first(grade)
                : fsrs.next(new MemoryState(card.getStability(), card.getDifficulty()), elapsedDays(card, today), grade);
    }

    /** The interval a grade applies, fuzzed with the card's own seed: the same one the grade button showed. */
    private int interval(QuestionCard card, MemoryState state, LocalDate today) {
        return IntervalFuzz.apply(fsrs.intervalDays(state), card.isNew() ? 0 : elapsedDays(card, today),
                IntervalFuzz.seed(card.getId(), card.getReviews()));
    }

    /** How much is due, and the review streak: consecutive days with reviews, ending today or yesterday. */
    @Transactional(readOnly = true)
    public ReviewSummary summary() {
        long me = currentUser.id();
        LocalDate today = today();
        List<LocalDate> days = reviews.findReviewDays(me);
        boolean reviewedToday = !days.isEmpty() && days.get(0).equals(today);
        int streak = 0;
        LocalDate expected = reviewedToday ? today : today.minusDays(1);
        for (LocalDate day : days) {
            if (!day.equals(expected)) {
                break;
            }
            streak++;
            expected = expected.minusDays(1);
        }
        return new ReviewSummary(cards.countDue(me, today), cards.countByOwnerId(me),
                streak, reviewedToday);
    }

    /** Checks every field at once, so a form can mark all its bad fields in one go. */
    private static void checkCard(QuestionCategory category, String question, String answer, String tags,
                                  String company) {
        List<FieldProblem> problems = new ArrayList<>();
        if (category == null) {
            problems.add(new FieldProblem("category", "question.category.required"));
        }
        if (question == null || question.isBlank()) {
            problems.add(new FieldProblem("question", "question.question.required"));
        } else if (length(question) > MAX_QUESTION) {
            problems.add(new FieldProblem("question", "question.question.too-long"));
        }
        if (answer != null && length(answer) > MAX_ANSWER) {
            problems.add(new FieldProblem("answer", "question.answer.too-long"));
        }
        if (tags != null && length(tags) > MAX_TAGS) {
            problems.add(new FieldProblem("tags", "question.tags.too-long"));
        }
        if (company != null && length(company) > MAX_COMPANY) {
            problems.add(new FieldProblem("company", "question.company.too-long"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Someone else's card and a card that does not exist look the same: not found. */
    private QuestionCard owned(long cardId) {
        long me = currentUser.id();
        return cards.findById(cardId).filter(found -> found.getOwnerId() == me)
                .orElseThrow(() -> new NotFoundException("card " + cardId));
    }

    /**
     * Whole days since the card's last review. A person who moves to a time zone further west can see "today"
     * fall before the day of their last review: that counts as the same day.
     */
    private static long elapsedDays(QuestionCard card, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(card.getLastReview(), today));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(accounts.currentProfile().timeZone()));
    }

    private static ReviewCard view(QuestionCard card) {
        return new ReviewCard(card.getId(), card.getCategory(), card.getQuestion(), card.getAnswer(), card.getTags(),
                card.getCompany(), card.getDueOn(), card.getReviews(), card.getLapses(), card.getVersion());
    }

    private static QuestionCategory category(String key) {
        return QuestionCategory.valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
