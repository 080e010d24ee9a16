package app.waypoint.interview.service;

import app.waypoint.MutableClock;
import app.waypoint.StatementCounter;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.account.service.AccountProfile;
import app.waypoint.account.service.AccountService;
import app.waypoint.account.service.ProfileUpdate;
import app.waypoint.base.domain.Language;
import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.interview.domain.QuestionCategory;
import app.waypoint.interview.domain.ReviewGrade;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class QuestionBankServiceTest {

    static final Instant START = Instant.parse("2026-03-02T00:30:00Z");

    @Autowired QuestionBankService bank;
    @Autowired StarterQuestions starter;
    @Autowired AccountFixtures accounts;
    @Autowired AccountService accountService;
    @Autowired TestDatabase database;
    @Autowired MutableClock clock;
    @Autowired StatementCounter statements;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void signedIn() {
        database.reset();
        clock.set(START); // 09:30 in Seoul, the accounts' time zone
        accounts.signUpAndLogIn("reviewer@example.com");
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    @Test
    void theStarterSetHasFortyQuestionsAcrossTheCategoriesAndIsAddedOnce() {
        assertThat(starter.all()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(starter.all()).extracting(StarterQuestions.Question::category)
                .contains("ml", "system-design", "backend-cs", "behavioural");

        int added = bank.addStarterSet(Language.KO);
        assertThat(bank.addStarterSet(Language.KO)).as("a second time adds nothing").isZero();

        assertThat(bank.myCards()).hasSize(added);
        assertThat(bank.summary().dueToday()).as("20 new cards a day by default").isEqualTo(20);
    }

    @Test
    void aNewCardStepsThroughOneAndTenMinutesBeforeItGraduatesToDays() {
        long id = bank.addCard(QuestionCategory.ML, "What is overfitting?", "Memorising noise.", "ml", null);
        ReviewCard card = bank.dueCards().get(0);
        Map<ReviewGrade, Wait> waits = bank.nextWaits(id);
        assertThat(waits.get(ReviewGrade.AGAIN)).isEqualTo(new Wait(1, 0));
        assertThat(waits.get(ReviewGrade.HARD)).isEqualTo(new Wait(6, 0));
        assertThat(waits.get(ReviewGrade.GOOD)).isEqualTo(new Wait(10, 0));
        assertThat(waits.get(ReviewGrade.EASY).days()).as("FSRS-6: a first Easy has S = 8.2956 days, fuzzed")
                .isBetween(6, 10);

        ReviewCard stepped = bank.review(id, ReviewGrade.GOOD, card.version());
        assertThat(stepped.dueOn()).as("back today").isEqualTo(card.dueOn());
        assertThat(bank.queue().next()).as("the only card left comes back without waiting out 10 minutes")
                .extracting(ReviewCard::id).isEqualTo(id);
        clock.advance(Duration.ofMinutes(10));
        int graduation = bank.nextWaits(id).get(ReviewGrade.GOOD).days();
        ReviewCard graduated = bank.review(id, ReviewGrade.GOOD, stepped.version());

        assertThat(graduation).as("FSRS-6 after Good twice the same day").isEqualTo(2);
        assertThat(graduated.dueOn()).isEqualTo(card.dueOn().plusDays(graduation));
        assertThat(bank.queue().finished()).isTrue();
        clock.advance(Duration.ofDays(graduation));
        assertThat(bank.dueCards()).extracting(ReviewCard::id).containsExactly(id);
    }

    @Test
    void againBringsTheCardBackInTheSameSessionAfterTheOthers() {
        long first = bank.addCard(QuestionCategory.ML, "What is dropout?", null, null, null);
        long second = bank.addCard(QuestionCategory.ML, "What is a learning rate?", null, null, null);

        ReviewCard failed = bank.review(first, ReviewGrade.AGAIN, bank.card(first).version());
        assertThat(failed.lapses()).as("failing a card on its first look is no lapse").isZero();
        ReviewQueue queue = bank.queue();
        assertThat(queue.next().id()).as("the other card first").isEqualTo(second);
        assertThat(queue.stepsLeft()).isEqualTo(1);
        assertThat(queue.newLeft()).isEqualTo(1);

        bank.review(second, ReviewGrade.EASY, queue.next().version());
        assertThat(bank.queue().next().id()).as("then the failed one, its minute not yet up").isEqualTo(first);
        clock.advance(Duration.ofMinutes(1));
        ReviewCard again = bank.review(first, ReviewGrade.GOOD, failed.version());
        assertThat(again.reviews()).isEqualTo(2);
        assertThat(bank.queue().next().id()).as("a 10-minute step still comes back").isEqualTo(first);
        clock.advance(Duration.ofMinutes(10));
        bank.review(first, ReviewGrade.GOOD, again.version());
        assertThat(bank.queue().finished()).isTrue();
    }

    @Test
    void aCardForgottenInReviewRelearnsInTenMinutesAndCountsALapse() {
        long id = bank.addCard(QuestionCategory.BACKEND_CS, "What is an index?", null, null, null);
        ReviewCard known = bank.review(id, ReviewGrade.EASY, bank.card(id).version());
        clock.advance(Duration.ofDays(40));
        assertThat(bank.nextWaits(id).get(ReviewGrade.AGAIN)).isEqualTo(new Wait(10, 0));

        ReviewCard lapsed = bank.review(id, ReviewGrade.AGAIN, known.version());

        assertThat(lapsed.lapses()).isEqualTo(1);
        Map<ReviewGrade, Wait> relearning = bank.nextWaits(id);
        assertThat(relearning.get(ReviewGrade.AGAIN)).isEqualTo(new Wait(10, 0));
        assertThat(relearning.get(ReviewGrade.HARD)).isEqualTo(new Wait(15, 0));
        assertThat(relearning.get(ReviewGrade.GOOD).days()).isPositive();
        ReviewCard relearnt = bank.review(id, ReviewGrade.GOOD, lapsed.version());
        assertThat(relearnt.lapses()).as("relearning is one lapse").isEqualTo(1);
    }

    @Test
    void theFourButtonsAlwaysPromiseFourWaitsEachLongerThanTheLast() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        ReviewGrade[] grades = ReviewGrade.values();
        for (int c = 0; c < 12; c++) {
            long id = bank.addCard(QuestionCategory.ML, "Question " + c, null, null, null);
            ReviewCard card = bank.card(id);
            for (int look = 0; look < 10; look++) {
                Map<ReviewGrade, Wait> waits = bank.nextWaits(id);
                for (int g = 1; g < grades.length; g++) {
                    assertThat(minutes(waits.get(grades[g]))).as("card %d look %d: %s after %s", c, look, grades[g],
                            grades[g - 1]).isGreaterThan(minutes(waits.get(grades[g - 1])));
                }
                ReviewGrade grade = grades[random.nextInt(4)];
                Wait applied = waits.get(grade);
                card = bank.review(id, grade, card.version());
                clock.advance(applied.inMinutes() ? Duration.ofMinutes(applied.minutes())
                        : Duration.ofDays(applied.days() + random.nextInt(-1, 3)));
            }
            clock.set(START);
        }
    }

    private static long minutes(Wait wait) {
        return wait.inMinutes() ? wait.minutes() : wait.days() * 1440L;
    }

    @Test
    void theIntervalOnAGradeButtonIsTheOneTheGradeAppliesFuzzIncluded() {
        Set<Integer> lastIntervals = new HashSet<>();
        for (int c = 0; c < 6; c++) {
            long id = bank.addCard(QuestionCategory.ML, "Question " + c, null, null, null);
            ReviewCard card = bank.card(id);
            for (int look = 0; look < 4; look++) {
                LocalDate today = LocalDate.now(clock.withZone(accountService.currentProfile().timeZone()));
                ReviewGrade grade = look == 0 ? ReviewGrade.EASY : ReviewGrade.GOOD;
                int shown = bank.nextWaits(id).get(grade).days();
                card = bank.review(id, grade, card.version());
                assertThat(card.dueOn()).as("card %d, look %d", c, look).isEqualTo(today.plusDays(shown));
                if (look == 3) {
                    lastIntervals.add(shown);
                }
                clock.advance(Duration.ofDays(shown));
            }
            clock.set(START);
        }
        assertThat(lastIntervals).as("cards learnt together come back on different days").hasSizeGreaterThan(1);
    }

    @Test
    void newCardsStopAtTheDailyLimitAndTheRestWaitForTomorrow() {
        int added = bank.addStarterSet(Language.EN);
        assertThat(added).isGreaterThan(40);
        assertThat(bank.queue().newLeft()).isEqualTo(20);

        for (int i = 0; i < 20; i++) {
            ReviewCard next = bank.queue().next();
            bank.review(next.id(), ReviewGrade.EASY, next.version());
        }

        ReviewQueue done = bank.queue();
        assertThat(done.finished()).isTrue();
        assertThat(done.newLeft()).isZero();
        assertThat(bank.summary().dueToday()).isZero();
        assertThat(bank.tomorrow()).isEqualTo(new DueTomorrow(0, 20));
        clock.advance(Duration.ofDays(1));
        assertThat(bank.queue().newLeft()).isEqualTo(20);
    }

    @Test
    void movingWestOfTheLastReviewsDateCountsAsTheSameDay() {
        long id = bank.addCard(QuestionCategory.ML, "What is a learning rate?", null, null, null);
        ReviewCard first = bank.review(id, ReviewGrade.GOOD, bank.dueCards().get(0).version());
        Map<ReviewGrade, Wait> sameDayInSeoul = bank.nextWaits(id);
        AccountProfile profile = accountService.currentProfile();
        accountService.updateProfile(new ProfileUpdate(profile.displayName(), profile.targetRole(),
                profile.targetDate(), ZoneId.of("America/Los_Angeles"), profile.version())); // still yesterday there

        assertThat(bank.nextWaits(id)).isEqualTo(sameDayInSeoul);
        assertThat(bank.review(id, ReviewGrade.GOOD, first.version()).reviews()).isEqualTo(2);
    }

    @Test
    void aGradeFromAStaleTabIsRefused() {
        long id = bank.addCard(QuestionCategory.ML, "Bias vs variance?", null, null, null);
        long version = bank.dueCards().get(0).version();
        bank.review(id, ReviewGrade.GOOD, version);

        assertThatThrownBy(() -> bank.review(id, ReviewGrade.AGAIN, version)).isInstanceOf(ConcurrentEditException.class);
        assertThat(bank.myCards().get(0).reviews()).isEqualTo(1);
    }

    @Test
    void theStreakCountsConsecutiveDaysEndingTodayOrYesterday() {
        long id = bank.addCard(QuestionCategory.PROJECT, "Explain your architecture", null, null, null);
        ReviewCard card = bank.dueCards().get(0);
        for (int day = 0; day < 3; day++) {
            card = bank.review(id, ReviewGrade.AGAIN, card.version());
            clock.advance(Duration.ofDays(1));
        }
        ReviewSummary yesterdayWasLast = bank.summary();
        assertThat(yesterdayWasLast.streakDays()).isEqualTo(3);
        assertThat(yesterdayWasLast.reviewedToday()).isFalse();

        clock.advance(Duration.ofDays(1));
        assertThat(bank.summary().streakDays()).as("a missed day breaks it").isZero();
    }

    @Test
    void badCardsAreRefusedAtEachField() {
        assertThatThrownBy(() -> bank.addCard(null, " ", "x".repeat(10_001), "t".repeat(201), "c".repeat(101)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("category", "question", "answer", "tags", "company"));
        assertThatThrownBy(() -> bank.addCard(QuestionCategory.ML, "가".repeat(10_000), null, null, null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(bank.myCards()).isEmpty();
    }

    @Test
    void anotherPersonCanNeitherSeeNorGradeACard() {
        long id = bank.addCard(QuestionCategory.ML, "Private question", null, null, null);
        long version = bank.dueCards().get(0).version();

        accounts.signUpAndLogIn("other@example.com");
        assertThat(bank.myCards()).isEmpty();
        assertThat(bank.dueCards()).isEmpty();
        assertThatThrownBy(() -> bank.review(id, ReviewGrade.EASY, version)).isInstanceOf(NotFoundException.class);

        accounts.logIn("reviewer@example.com", AccountFixtures.PASSWORD);
        assertThat(bank.myCards().get(0).reviews()).isZero();
    }

    @Test
    void theReviewQueueTakesOneStatementWhateverItsSize() {
        bank.addCard(QuestionCategory.ML, "One", null, null, null);
        statements.reset();
        assertThat(bank.dueCards()).hasSize(1);
        int forOne = statements.count();

        bank.addStarterSet(Language.EN);
        statements.reset();
        assertThat(bank.dueCards()).as("the day's new cards").hasSize(20);
        int forMany = statements.count();

        assertThat(forMany).isEqualTo(forOne).isLessThanOrEqualTo(4);
    }

    @Test
    void anEditChangesTheTextAndKeepsTheSchedule() {
        long id = bank.addCard(QuestionCategory.ML, "What is overfitting?", "Memorising noise.", "ml", null);
        ReviewCard reviewed = bank.review(id, ReviewGrade.GOOD, bank.card(id).version());
        Map<ReviewGrade, Wait> intervalsBefore = bank.nextWaits(id);

        bank.updateCard(id, QuestionCategory.SYSTEM_DESIGN, "  How do you detect overfitting?  ",
                "Validation loss rises.", "ml, evaluation", "Naver", reviewed.version());

        ReviewCard edited = bank.card(id);
        assertThat(edited.category()).isEqualTo(QuestionCategory.SYSTEM_DESIGN);
        assertThat(edited.question()).isEqualTo("How do you detect overfitting?");
        assertThat(edited.answer()).isEqualTo("Validation loss rises.");
        assertThat(edited.tags()).isEqualTo("ml, evaluation");
        assertThat(edited.company()).isEqualTo("Naver");
        assertThat(edited.dueOn()).isEqualTo(reviewed.dueOn());
        assertThat(edited.reviews()).isEqualTo(1);
        assertThat(bank.nextWaits(id)).as("stability and difficulty untouched").isEqualTo(intervalsBefore);
        assertThat(edited.version()).isGreaterThan(reviewed.version());
    }

    @Test
    void anEditCanClearTheOptionalFields() {
        long id = bank.addCard(QuestionCategory.ML, "Bias vs variance?", "Trade-off.", "ml", "Kakao");

        bank.updateCard(id, QuestionCategory.ML, "Bias vs variance?", " ", "", null, bank.card(id).version());

        assertThat(bank.card(id)).extracting(ReviewCard::answer, ReviewCard::tags, ReviewCard::company)
                .containsOnlyNulls();
    }

    @Test
    void badEditsAreRefusedAtEachFieldAndChangeNothing() {
        long id = bank.addCard(QuestionCategory.ML, "Original question", "Original answer", null, null);
        ReviewCard before = bank.card(id);

        assertThatThrownBy(() -> bank.updateCard(id, null, " ", "x".repeat(10_001), "t".repeat(201), "c".repeat(101),
                before.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("category", "question", "answer", "tags", "company"));
        assertThatThrownBy(() -> bank.updateCard(id, QuestionCategory.ML, "가".repeat(10_000), null, null, null,
                before.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("question.question.too-long"));

        assertThat(bank.card(id)).isEqualTo(before);
    }

    @Test
    void anEditFromAStaleTabIsRefusedAndChangesNothing() {
        long id = bank.addCard(QuestionCategory.ML, "Original question", null, null, null);
        long seen = bank.card(id).version();
        bank.updateCard(id, QuestionCategory.ML, "Saved in the other tab", null, null, null, seen);

        assertThatThrownBy(() -> bank.updateCard(id, QuestionCategory.PROJECT, "Typed in a stale tab", null, null,
                null, seen)).isInstanceOf(ConcurrentEditException.class);

        assertThat(bank.card(id).question()).isEqualTo("Saved in the other tab");
        assertThat(bank.card(id).category()).isEqualTo(QuestionCategory.ML);
    }

    @Test
    void deletingACardTakesItsReviewsWithIt() {
        long kept = bank.addCard(QuestionCategory.ML, "Kept", null, null, null);
        long deleted = bank.addCard(QuestionCategory.ML, "Deleted", null, null, null);
        bank.review(deleted, ReviewGrade.GOOD, bank.card(deleted).version());
        assertThat(bank.summary().reviewedToday()).isTrue();

        bank.deleteCard(deleted);

        assertThat(bank.myCards()).extracting(ReviewCard::id).containsExactly(kept);
        assertThat(bank.summary().reviewedToday()).as("its review went with it").isFalse();
        assertThatThrownBy(() -> bank.card(deleted)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anotherPersonCanNeitherEditNorDeleteACardAndNeitherCanAForgedId() {
        long id = bank.addCard(QuestionCategory.ML, "Private question", "Private answer", null, null);
        ReviewCard before = bank.card(id);

        accounts.signUpAndLogIn("other@example.com");
        assertThatThrownBy(() -> bank.card(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bank.updateCard(id, QuestionCategory.ML, "Taken over", null, null, null,
                before.version())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bank.deleteCard(id)).isInstanceOf(NotFoundException.class);
        long forged = id + 1_000;
        assertThatThrownBy(() -> bank.updateCard(forged, QuestionCategory.ML, "Nothing", null, null, null, 0))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bank.deleteCard(forged)).isInstanceOf(NotFoundException.class);

        accounts.logIn("reviewer@example.com", AccountFixtures.PASSWORD);
        assertThat(bank.myCards()).containsExactly(before);
    }

    @Test
    void theListCanShowOneCategory() {
        long ml = bank.addCard(QuestionCategory.ML, "What is overfitting?", null, null, null);
        bank.addCard(QuestionCategory.BACKEND_CS, "What is an index?", null, null, null);
        long laterMl = bank.addCard(QuestionCategory.ML, "What is dropout?", null, null, null);

        assertThat(bank.myCards(QuestionCategory.ML)).extracting(ReviewCard::id).containsExactly(ml, laterMl);
        assertThat(bank.myCards(QuestionCategory.PROJECT)).isEmpty();
        assertThat(bank.myCards(null)).hasSize(3);
    }

    @Test
    void theListTakesTheSameStatementsForOneOrManyCardsFilteredOrNot() {
        bank.addCard(QuestionCategory.ML, "One", null, null, null);
        statements.reset();
        assertThat(bank.myCards()).hasSize(1);
        int forOne = statements.count();

        bank.addStarterSet(Language.EN);
        statements.reset();
        assertThat(bank.myCards()).hasSizeGreaterThan(40);
        int forMany = statements.count();
        statements.reset();
        assertThat(bank.myCards(QuestionCategory.ML)).hasSizeGreaterThan(5);
        int forOneCategory = statements.count();

        assertThat(forMany).isEqualTo(forOne).isLessThanOrEqualTo(3);
        assertThat(forOneCategory).isEqualTo(forOne);
    }
    @Test
    void undoingAFirstReviewLeavesTheCardRowAsItWasAndTakesTheReviewOffTheLog() {
        long id = bank.addCard(QuestionCategory.ML, "What is overfitting?", "Memorising noise.", "ml", null);
        Map<String, Object> before = cardRow(id);
        ReviewCard reviewed = bank.review(id, ReviewGrade.GOOD, bank.card(id).version());
        assertThat(bank.summary().reviewedToday()).isTrue();

        ReviewCard undone = bank.undoLastReview(id, reviewed.version());

        assertThat(withoutVersion(cardRow(id))).isEqualTo(withoutVersion(before));
        assertThat(undone.version()).as("a tab that saw the graded card is refused").isGreaterThan(reviewed.version());
        assertThat(reviewLog(id)).isZero();
        assertThat(bank.summary().reviewedToday()).as("the streak forgets it").isFalse();
        assertThat(bank.dueCards()).extracting(ReviewCard::id).containsExactly(id);
    }

    @Test
    void undoingALapseRestoresTheWholeScheduleOfAReviewedCard() {
        long id = bank.addCard(QuestionCategory.BACKEND_CS, "What is an index?", null, null, null);
        ReviewCard first = bank.review(id, ReviewGrade.GOOD, bank.card(id).version());
        clock.advance(Duration.ofDays(3));
        ReviewCard second = bank.review(id, ReviewGrade.EASY, first.version());
        clock.advance(Duration.ofDays(20));
        Map<String, Object> before = cardRow(id);
        Map<ReviewGrade, Wait> intervalsBefore = bank.nextWaits(id);

        ReviewCard lapsed = bank.review(id, ReviewGrade.AGAIN, second.version());
        assertThat(lapsed.lapses()).isEqualTo(1);
        bank.undoLastReview(id, lapsed.version());

        assertThat(withoutVersion(cardRow(id))).isEqualTo(withoutVersion(before));
        assertThat(reviewLog(id)).isEqualTo(2);
        assertThat(bank.nextWaits(id)).isEqualTo(intervalsBefore);
    }

    @Test
    void undoGoesBackOneReviewAtATimeUntilThereIsNothingLeft() {
        long id = bank.addCard(QuestionCategory.ML, "What is dropout?", null, null, null);
        Map<String, Object> fresh = cardRow(id);
        ReviewCard first = bank.review(id, ReviewGrade.AGAIN, bank.card(id).version());
        Map<String, Object> afterFirst = cardRow(id);
        ReviewCard second = bank.review(id, ReviewGrade.GOOD, first.version());

        ReviewCard once = bank.undoLastReview(id, second.version());
        assertThat(withoutVersion(cardRow(id))).isEqualTo(withoutVersion(afterFirst));
        ReviewCard twice = bank.undoLastReview(id, once.version());
        assertThat(withoutVersion(cardRow(id))).isEqualTo(withoutVersion(fresh));

        Map<String, Object> untouched = cardRow(id);
        assertThatThrownBy(() -> bank.undoLastReview(id, twice.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("review.undo.nothing"));
        assertThat(cardRow(id)).isEqualTo(untouched);
    }

    @Test
    void anUndoFromAStaleTabIsRefusedAndChangesNothing() {
        long id = bank.addCard(QuestionCategory.ML, "Bias vs variance?", null, null, null);
        long unreviewed = bank.card(id).version();
        ReviewCard reviewed = bank.review(id, ReviewGrade.GOOD, unreviewed);
        Map<String, Object> graded = cardRow(id);

        assertThatThrownBy(() -> bank.undoLastReview(id, unreviewed)).isInstanceOf(ConcurrentEditException.class);
        assertThat(cardRow(id)).isEqualTo(graded);
        assertThat(reviewLog(id)).isEqualTo(1);

        bank.undoLastReview(id, reviewed.version());
        assertThatThrownBy(() -> bank.undoLastReview(id, reviewed.version()))
                .as("the same undo from a second tab").isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void aReviewLoggedBeforeItsScheduleWasKeptCannotBeUndone() {
        long id = bank.addCard(QuestionCategory.ML, "Old review", null, null, null);
        jdbc.update("insert into card_review (card_id, owner_id, reviewed_on, grade, stability, difficulty, "
                + "interval_days, reviewed_at, phase_before, step_before) "
                + "select id, owner_id, due_on, 'GOOD', 2.3, 5.0, 2, now(), 'NEW', 0 "
                + "from question_card where id = ?", id);
        Map<String, Object> before = cardRow(id);

        assertThatThrownBy(() -> bank.undoLastReview(id, bank.card(id).version()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(cardRow(id)).isEqualTo(before);
        assertThat(reviewLog(id)).isEqualTo(1);
    }

    @Test
    void anotherPersonCannotUndoAReview() {
        long id = bank.addCard(QuestionCategory.ML, "Private question", null, null, null);
        ReviewCard reviewed = bank.review(id, ReviewGrade.GOOD, bank.card(id).version());
        Map<String, Object> graded = cardRow(id);

        accounts.signUpAndLogIn("other@example.com");
        assertThatThrownBy(() -> bank.undoLastReview(id, reviewed.version())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bank.undoLastReview(id + 1_000, 0)).isInstanceOf(NotFoundException.class);

        accounts.logIn("reviewer@example.com", AccountFixtures.PASSWORD);
        assertThat(cardRow(id)).isEqualTo(graded);
        assertThat(reviewLog(id)).isEqualTo(1);
    }

    private Map<String, Object> cardRow(long id) {
        return jdbc.queryForMap("select * from question_card where id = ?", id);
    }

    private static Map<String, Object> withoutVersion(Map<String, Object> row) {
        Map<String, Object> rest = new HashMap<>(row);
        rest.remove("version");
        return rest;
    }

    private int reviewLog(long cardId) {
        Integer count = jdbc.queryForObject("select count(*) from card_review where card_id = ?", Integer.class, cardId);
        return count == null ? 0 : count;
    }
}
