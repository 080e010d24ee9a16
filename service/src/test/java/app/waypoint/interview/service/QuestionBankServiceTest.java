package app.waypoint.interview.service;

import app.waypoint.MutableClock;
import app.waypoint.StatementCounter;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
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

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class QuestionBankServiceTest {

    @Autowired QuestionBankService bank;
    @Autowired StarterQuestions starter;
    @Autowired AccountFixtures accounts;
    @Autowired TestDatabase database;
    @Autowired MutableClock clock;
    @Autowired StatementCounter statements;

    @BeforeEach
    void signedIn() {
        database.reset();
        clock.set(Instant.parse("2026-03-02T00:30:00Z")); // 09:30 in Seoul, the accounts' time zone
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
        assertThat(bank.summary().dueToday()).isEqualTo(added);
    }

    @Test
    void aGoodFirstReviewSchedulesTheCardByFsrs() {
        long id = bank.addCard(QuestionCategory.ML, "What is overfitting?", "Memorising noise.", "ml", null);
        ReviewCard card = bank.dueCards().get(0);

        ReviewCard reviewed = bank.review(id, ReviewGrade.GOOD, card.version());

        assertThat(reviewed.dueOn()).isEqualTo(card.dueOn().plusDays(3)); // FSRS-5: first Good → 3 days
        assertThat(bank.dueCards()).isEmpty();
        clock.advance(Duration.ofDays(3));
        assertThat(bank.dueCards()).extracting(ReviewCard::id).containsExactly(id);
    }

    @Test
    void aLapseCountsAndBringsTheCardBackSoon() {
        long id = bank.addCard(QuestionCategory.BACKEND_CS, "What is an index?", null, null, null);
        ReviewCard first = bank.review(id, ReviewGrade.GOOD, bank.dueCards().get(0).version());
        clock.advance(Duration.ofDays(3));
        ReviewCard second = bank.review(id, ReviewGrade.GOOD, first.version());
        clock.advance(Duration.ofDays(20));

        ReviewCard lapsed = bank.review(id, ReviewGrade.AGAIN, second.version());

        assertThat(lapsed.lapses()).isEqualTo(1);
        assertThat(lapsed.reviews()).isEqualTo(3);
        assertThat(lapsed.dueOn()).isBeforeOrEqualTo(second.dueOn().plusDays(20 + 3));
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
        assertThat(bank.dueCards()).hasSizeGreaterThan(40);
        int forMany = statements.count();

        assertThat(forMany).isEqualTo(forOne).isLessThanOrEqualTo(3);
    }
}
