package app.waypoint.interview.service;

import app.waypoint.base.domain.ClusterLock;
import app.waypoint.interview.domain.CardReview;
import app.waypoint.interview.domain.CardReviewRepository;
import app.waypoint.interview.domain.QuestionCard;
import app.waypoint.interview.domain.QuestionCardRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Brings cards scheduled by an older FSRS up to the current one, once: each card's memory state and due date
 * are recomputed from its review log, the grades and days as they happened, and the log's own figures with
 * them. Runs at startup; a card is marked when done, so a restart does no work, and a page of cards commits at
 * a time, so an interrupted run goes on where it stopped. Instances starting at once take the pages in turns.
 */
@Component
class SchedulerUpgrade implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SchedulerUpgrade.class);

    private final QuestionCardRepository cards;
    private final CardReviewRepository reviews;
    private final TransactionTemplate transaction;
    private final ClusterLock clusterLock;
    private final Fsrs fsrs = new Fsrs();

    SchedulerUpgrade(QuestionCardRepository cards, CardReviewRepository reviews, TransactionTemplate transaction,
                     ClusterLock clusterLock) {
        this.clusterLock = clusterLock;
        this.cards = cards;
        this.reviews = reviews;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        int upgraded = upgradeAll();
        if (upgraded > 0) {
            log.info("Rescheduled {} question cards with FSRS-{} from their review logs", upgraded,
                    QuestionCard.CURRENT_SCHEDULER);
        }
    }

    /** Recomputes every card an older scheduler scheduled; returns how many there were. */
    int upgradeAll() {
        int total = 0;
        for (int page = upgradePage(); page > 0; page = upgradePage()) {
            total += page;
        }
        return total;
    }

    private int upgradePage() {
        Integer done = transaction.execute(status -> {
            clusterLock.holdUntilCommit("scheduler upgrade");
            List<QuestionCard> stale = cards.findTop500BySchedulerLessThanOrderByIdAsc(QuestionCard.CURRENT_SCHEDULER);
            if (stale.isEmpty()) {
                return 0;
            }
            Map<Long, List<CardReview>> logs = reviews.findByCardIdInOrderByCardIdAscReviewedAtAscIdAsc(
                    stale.stream().map(QuestionCard::getId).toList()).stream()
                    .collect(Collectors.groupingBy(CardReview::getCardId));
            stale.forEach(card -> replay(card, logs.getOrDefault(card.getId(), List.of())));
            return stale.size();
        });
        return done == null ? 0 : done;
    }

    private void replay(QuestionCard card, List<CardReview> log) {
        MemoryState state = null;
        LocalDate last = null;
        int interval = 0;
        for (int index = 0; index < log.size(); index++) {
            CardReview review = log.get(index);
            long elapsed = last == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(last, review.getReviewedOn()));
            state = state == null ? fsrs.first(review.getGrade()) : fsrs.next(state, elapsed, review.getGrade());
            interval = IntervalFuzz.apply(fsrs.intervalDays(state), elapsed, IntervalFuzz.seed(card.getId(), index));
            review.recomputed(state.stability(), state.difficulty(), interval);
            last = review.getReviewedOn();
        }
        card.rescheduled(state == null ? null : state.stability(), state == null ? null : state.difficulty(), last,
                interval, QuestionCard.CURRENT_SCHEDULER);
    }
}
