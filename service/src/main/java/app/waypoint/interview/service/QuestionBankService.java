package app.waypoint.interview.service;

import app.waypoint.account.service.AccountService;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.domain.Language;
import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.interview.domain.CardPhase;
import app.waypoint.interview.domain.CardReview;
import app.waypoint.interview.domain.CardReviewRepository;
import app.waypoint.interview.domain.CardSchedule;
import app.waypoint.interview.domain.NextReview;
import app.waypoint.interview.domain.QuestionCard;
import app.waypoint.interview.domain.QuestionCardRepository;
import app.waypoint.interview.domain.QuestionCategory;
import app.waypoint.interview.domain.ReviewGrade;
import app.waypoint.interview.domain.ReviewSettings;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static app.waypoint.base.service.TextInput.blankToNull;
import static app.waypoint.base.service.TextInput.length;

/** A person's interview question deck and its spaced-repetition reviews (FSRS). */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class QuestionBankService {


    /** A learning step due this soon is shown rather than waited for, when nothing else is left (as in Anki). */
    static final Duration LEARN_AHEAD = Duration.ofMinutes(20);

    private final QuestionCardRepository cards;
    private final CardReviewRepository reviews;
    private final ReviewSettingsService settings;
    private final StarterQuestions starter;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final Clock clock;
    private final List<CardOrigins> origins;
    private final Fsrs fsrs = new Fsrs();

    QuestionBankService(QuestionCardRepository cards, CardReviewRepository reviews, ReviewSettingsService settings,
                        StarterQuestions starter, CurrentUser currentUser, AccountService accounts, Clock clock,
                        List<CardOrigins> origins) {
        this.cards = cards;
        this.reviews = reviews;
        this.settings = settings;
        this.starter = starter;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
        this.origins = origins;
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

    /** Where the person's cards made elsewhere came from, by card id, for a link back. */
    @Transactional(readOnly = true)
    public Map<Long, CardOrigin> cardOrigins() {
        long me = currentUser.id();
        ZoneId zone = accounts.currentProfile().timeZone();
        Map<Long, CardOrigin> found = new HashMap<>();
        origins.forEach(source -> found.putAll(source.originsOf(me, zone)));
        return found;
    }

    /**
     * Today's cards in the order a session shows them, within the day's limits: learning steps that are due,
     * cards in review (oldest due first), new cards (in the order they were added), then learning steps due
     * within {@link #LEARN_AHEAD} (so a session need not wait out a short step). One statement for the cards,
     * however many there are.
     */
    @Transactional(readOnly = true)
    public List<ReviewCard> dueCards() {
        return today(sessionContext()).inSessionOrder(clock.instant()).stream().map(QuestionBankService::view).toList();
    }

    /** The card to review now, how many are left of each kind, and when a waiting learning step comes back. */
    @Transactional(readOnly = true)
    public ReviewQueue queue() {
        SessionContext context = sessionContext();
        TodaysCards today = today(context);
        Instant now = clock.instant();
        List<QuestionCard> ordered = today.inSessionOrder(now);
        QuestionCard next = ordered.stream().findFirst()
                .filter(card -> !card.getPhase().inSteps() || !card.getStepDueAt().isAfter(now.plus(LEARN_AHEAD)))
                .orElse(null);
        Instant stepComesBackAt = next == null && !ordered.isEmpty() ? ordered.get(0).getStepDueAt() : null;
        return new ReviewQueue(next == null ? null : view(next), today.newCards().size(), today.steps().size(),
                today.reviews().size(), stepComesBackAt);
    }

    /**
     * Grades one review and schedules the card's next one: a learning step in minutes or a review in days, as
     * the grade button said. A grade given on a stale card (another tab reviewed it first) is refused, so a card
     * is never scheduled twice for one look.
     */
    public ReviewCard review(long cardId, ReviewGrade grade, long expectedVersion) {
        SessionContext context = sessionContext();
        QuestionCard card = owned(cardId);
        if (card.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        ReviewScheduler.Outcome outcome = outcomes(card, context).get(grade);
        Instant now = clock.instant();
        NextReview next;
        if (outcome.inSteps()) {
            Instant dueAt = now.plus(Duration.ofMinutes(outcome.minutes()));
            next = NextReview.atStep(outcome.phase(), outcome.step(), dueAt, LocalDate.ofInstant(dueAt, context.zone()));
        } else {
            next = NextReview.onDay(context.today().plusDays(outcome.days()));
        }
        CardSchedule before = card.schedule();
        card.reviewed(outcome.state().stability(), outcome.state().difficulty(), context.today(), next);
        reviews.save(new CardReview(card.getId(), context.me(), context.today(), grade, outcome.state().stability(),
                outcome.state().difficulty(), outcome.days(), now, before));
        try {
            return view(cards.saveAndFlush(card));
        } catch (OptimisticLockingFailureException raced) {
            throw new ConcurrentEditException();
        }
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

    /** For each grade, when the card would come back: shown on the grade buttons, four different waits. */
    @Transactional(readOnly = true)
    public Map<ReviewGrade, Wait> nextWaits(long cardId) {
        SessionContext context = sessionContext();
        Map<ReviewGrade, Wait> waits = new EnumMap<>(ReviewGrade.class);
        outcomes(owned(cardId), context).forEach((grade, outcome) ->
                waits.put(grade, new Wait(outcome.minutes(), outcome.days())));
        return waits;
    }

    /** What each grade does to the card now, fuzzed with the card's own seed: what its button shows is applied. */
    private Map<ReviewGrade, ReviewScheduler.Outcome> outcomes(QuestionCard card, SessionContext context) {
        ReviewScheduler scheduler = new ReviewScheduler(fsrs, context.settings().desiredRetention(), true);
        ReviewScheduler.Position position = new ReviewScheduler.Position(card.getPhase(), card.getStep(),
                card.isNew() ? null : new MemoryState(card.getStability(), card.getDifficulty()));
        long elapsed = card.isNew() ? 0 : elapsedDays(card, context.today());
        return ReviewScheduler.distinct(scheduler.outcomes(position, elapsed,
                IntervalFuzz.seed(card.getId(), card.getReviews())));
    }

    /** What is due tomorrow if today's session is finished: cards in review or in a step, and new cards. */
    @Transactional(readOnly = true)
    public DueTomorrow tomorrow() {
        SessionContext context = sessionContext();
        LocalDate tomorrow = context.today().plusDays(1);
        List<QuestionCard> due = cards.findDue(context.me(), tomorrow);
        long reviewsDue = due.stream().filter(card -> !card.isNew()).count();
        long newCards = due.stream().filter(QuestionCard::isNew).count();
        ReviewPreferences settings = context.settings();
        return new DueTomorrow((int) Math.min(reviewsDue, settings.reviewsPerDay()),
                (int) Math.min(newCards, settings.newCardsPerDay()));
    }

    /** The signed-in person, their day and their settings, read once per call. */
    private SessionContext sessionContext() {
        long me = currentUser.id();
        ZoneId zone = accounts.currentProfile().timeZone();
        ReviewPreferences mine = settings.mine();
        return new SessionContext(me, zone, LocalDate.now(clock.withZone(zone)), mine);
    }

    private record SessionContext(long me, ZoneId zone, LocalDate today, ReviewPreferences settings) {
    }

    /** Today's due cards sorted into a session's three kinds, new cards and reviews cut to what is left today. */
    private TodaysCards today(SessionContext context) {
        return today(context, cards.findDue(context.me(), context.today()));
    }

    /** {@code due}: the cards due by today, oldest due first. */
    private TodaysCards today(SessionContext context, List<QuestionCard> due) {
        Map<CardPhase, Long> doneToday = new EnumMap<>(CardPhase.class);
        for (Object[] row : reviews.countByPhaseOn(context.me(), context.today())) {
            doneToday.put((CardPhase) row[0], (Long) row[1]);
        }
        return today(context, due, doneToday);
    }

    /** {@code doneToday}: how many cards of each phase were reviewed today. */
    private TodaysCards today(SessionContext context, List<QuestionCard> due, Map<CardPhase, Long> doneToday) {
        long newLeft = Math.max(0, context.settings().newCardsPerDay() - doneToday.getOrDefault(CardPhase.NEW, 0L));
        long reviewsLeft = Math.max(0,
                context.settings().reviewsPerDay() - doneToday.getOrDefault(CardPhase.REVIEW, 0L));
        List<QuestionCard> steps = due.stream().filter(card -> card.getPhase().inSteps())
                .sorted(Comparator.comparing(QuestionCard::getStepDueAt).thenComparing(QuestionCard::getId)).toList();
        List<QuestionCard> inReview = due.stream().filter(card -> card.getPhase() == CardPhase.REVIEW)
                .limit(reviewsLeft).toList();
        List<QuestionCard> newCards = due.stream().filter(QuestionCard::isNew)
                .sorted(Comparator.comparing(QuestionCard::getCreatedAt).thenComparing(QuestionCard::getId))
                .limit(newLeft).toList();
        return new TodaysCards(steps, inReview, newCards);
    }

    private record TodaysCards(List<QuestionCard> steps, List<QuestionCard> reviews, List<QuestionCard> newCards) {

        /** Steps due by now, cards in review, new cards, then the steps still to come, soonest first. */
        List<QuestionCard> inSessionOrder(Instant now) {
            List<QuestionCard> ordered = new ArrayList<>(size());
            steps.stream().filter(card -> !card.getStepDueAt().isAfter(now)).forEach(ordered::add);
            ordered.addAll(reviews);
            ordered.addAll(newCards);
            steps.stream().filter(card -> card.getStepDueAt().isAfter(now)).forEach(ordered::add);
            return ordered;
        }

        int size() {
            return steps.size() + reviews.size() + newCards.size();
        }
    }

    /**
     * How much is left to review today (within the day's limits), and the review streak: consecutive days with
     * reviews, ending today or yesterday.
     */
    @Transactional(readOnly = true)
    public ReviewSummary summary() {
        SessionContext context = sessionContext();
        long me = context.me();
        LocalDate today = context.today();
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
        return new ReviewSummary(today(context).size(), cards.countByOwnerId(me), streak, reviewedToday);
    }

    /**
     * The deck at a glance, for the home page: what is left to review today (as {@link #summary()} counts it)
     * and how well each category is remembered now, by the cards' retrievability; in one statement.
     */
    @Transactional(readOnly = true)
    public BankStanding standing() {
        long me = currentUser.id();
        ZoneId zone = accounts.currentProfile().timeZone();
        LocalDate day = LocalDate.now(clock.withZone(zone));
        List<Object[]> rows = cards.findAllWithSettings(me, day);
        if (rows.isEmpty()) {
            return BankStanding.EMPTY;
        }
        Object[] first = rows.getFirst();
        SessionContext context = new SessionContext(me, zone, day,
                ReviewSettingsService.preferences((ReviewSettings) first[1], me));
        Map<CardPhase, Long> doneToday = new EnumMap<>(CardPhase.class);
        doneToday.put(CardPhase.NEW, (Long) first[2]);
        doneToday.put(CardPhase.REVIEW, (Long) first[3]);
        List<QuestionCard> all = rows.stream().map(row -> (QuestionCard) row[0]).toList();
        TodaysCards today = today(context, all.stream().filter(card -> !card.getDueOn().isAfter(context.today()))
                .sorted(Comparator.comparing(QuestionCard::getDueOn).thenComparing(QuestionCard::getId)).toList(),
                doneToday);
        Set<Long> dueIds = new HashSet<>();
        today.inSessionOrder(clock.instant()).forEach(card -> dueIds.add(card.getId()));
        Map<QuestionCategory, BankStanding.CategoryRecall> byCategory = new EnumMap<>(QuestionCategory.class);
        for (QuestionCard card : all) {
            double recall = card.isNew() ? 0 : fsrs.retrievability(elapsedDays(card, context.today()), card.getStability());
            boolean due = dueIds.contains(card.getId());
            byCategory.merge(card.getCategory(), new BankStanding.CategoryRecall(1, recall, due ? 1 : 0, due ? recall : 0),
                    BankStanding.CategoryRecall::plus);
        }
        return new BankStanding(today.size(), all.size(), byCategory);
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
        } else if (length(question) > QuestionCard.MAX_QUESTION) {
            problems.add(new FieldProblem("question", "question.question.too-long"));
        }
        if (answer != null && length(answer) > QuestionCard.MAX_ANSWER) {
            problems.add(new FieldProblem("answer", "question.answer.too-long"));
        }
        if (tags != null && length(tags) > QuestionCard.MAX_TAGS) {
            problems.add(new FieldProblem("tags", "question.tags.too-long"));
        }
        if (company != null && length(company) > QuestionCard.MAX_COMPANY) {
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

    /** The person's time zone, in which their days and the times shown to them run. */
    @Transactional(readOnly = true)
    public ZoneId timeZone() {
        return accounts.currentProfile().timeZone();
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
