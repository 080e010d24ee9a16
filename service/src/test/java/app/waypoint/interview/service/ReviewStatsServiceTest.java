package app.waypoint.interview.service;

import app.waypoint.MutableClock;
import app.waypoint.StatementCounter;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.interview.domain.QuestionCategory;
import app.waypoint.interview.domain.ReviewGrade;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class ReviewStatsServiceTest {

    @Autowired ReviewStatsService stats;
    @Autowired QuestionBankService bank;
    @Autowired ReviewSettingsService settings;
    @Autowired AccountFixtures accounts;
    @Autowired TestDatabase database;
    @Autowired MutableClock clock;
    @Autowired StatementCounter statements;

    @BeforeEach
    void signedIn() {
        database.reset();
        clock.set(Instant.parse("2026-03-02T00:30:00Z"));
        accounts.signUpAndLogIn("stats@example.com");
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    @Test
    void noReviewsYetMeansNoFiguresAndTheDefaultGoal() {
        ReviewStats mine = stats.mine();

        assertThat(mine.anyReviews()).isFalse();
        assertThat(mine.desiredRetention()).isEqualTo(0.90);
        assertThat(mine.byCategory()).hasSize(QuestionCategory.values().length)
                .allSatisfy(category -> assertThat(category.retention()).isEmpty());
        assertThat(mine.overall().retention()).isEmpty();
        assertThat(mine.reviewsPerDay()).isEmpty();
    }

    @Test
    void trueRetentionCountsOnlyReviewsOfCardsInReviewAndAgainAsForgotten() {
        long recalled = learnt(QuestionCategory.ML, "What is overfitting?");
        long forgotten = learnt(QuestionCategory.ML, "What is dropout?");
        long design = learnt(QuestionCategory.SYSTEM_DESIGN, "Design a rate limiter");
        long fresh = bank.addCard(QuestionCategory.BEHAVIOURAL, "Tell me about a conflict", null, null, null);
        clock.advance(Duration.ofDays(60));

        grade(recalled, ReviewGrade.GOOD);
        grade(forgotten, ReviewGrade.AGAIN);
        grade(forgotten, ReviewGrade.GOOD);   // relearning: not a review of a card in review
        grade(design, ReviewGrade.HARD);
        grade(fresh, ReviewGrade.AGAIN);      // a new card: not counted either
        settings.change(0.85, 20, 200, null);

        ReviewStats mine = stats.mine();
        assertThat(mine.byCategory()).containsExactly(
                new CategoryRetention(QuestionCategory.ML, 2, 1),
                new CategoryRetention(QuestionCategory.SYSTEM_DESIGN, 1, 1),
                new CategoryRetention(QuestionCategory.BACKEND_CS, 0, 0),
                new CategoryRetention(QuestionCategory.BEHAVIOURAL, 0, 0),
                new CategoryRetention(QuestionCategory.PROJECT, 0, 0));
        assertThat(mine.byCategory().getFirst().retention()).isEqualTo(OptionalDouble.of(0.5));
        assertThat(mine.overall()).isEqualTo(new CategoryRetention(null, 3, 2));
        assertThat(mine.desiredRetention()).isEqualTo(0.85);
        assertThat(mine.anyReviews()).isTrue();
        assertThat(mine.reviewsPerDay()).as("every review counts in the calendar")
                .containsEntry(mine.today(), 5).hasSize(2);
    }

    @Test
    void theLastThirtyDaysIncludeTodayAndTheTwentyNinthDayBefore() {
        long card = learnt(QuestionCategory.ML, "What is a transformer?");
        clock.advance(Duration.ofDays(60));
        grade(card, ReviewGrade.AGAIN);

        clock.advance(Duration.ofDays(29));
        assertThat(stats.mine().overall()).isEqualTo(new CategoryRetention(null, 1, 0));

        clock.advance(Duration.ofDays(1));
        assertThat(stats.mine().overall()).isEqualTo(new CategoryRetention(null, 0, 0));
        assertThat(stats.mine().anyReviews()).isTrue();
    }

    @Test
    void theCalendarStartsOnASundayTwentyFiveWeeksBeforeThisWeeksAndEndsToday() {
        LocalDate monday = LocalDate.of(2026, 3, 2);
        LocalDate start = ReviewStatsService.calendarStart(monday);
        assertThat(start.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(start).isEqualTo(LocalDate.of(2025, 9, 7));
        assertThat(ReviewStatsService.calendarStart(LocalDate.of(2026, 3, 1))).isEqualTo(LocalDate.of(2025, 9, 7));

        long card = learnt(QuestionCategory.ML, "What is attention?");
        LocalDate first = stats.mine().today();
        clock.advance(Duration.ofDays(7L * ReviewStatsService.CALENDAR_WEEKS + 7));
        grade(card, ReviewGrade.GOOD);
        assertThat(stats.mine().reviewsPerDay()).as("the first review fell out of the calendar")
                .doesNotContainKey(first).hasSize(1);
    }

    @Test
    void anotherPersonsReviewsAreNotCounted() {
        long card = learnt(QuestionCategory.ML, "What is overfitting?");
        clock.advance(Duration.ofDays(60));
        grade(card, ReviewGrade.GOOD);
        AccountFixtures.logOut();
        accounts.signUpAndLogIn("other@example.com");

        ReviewStats theirs = stats.mine();
        assertThat(theirs.anyReviews()).isFalse();
        assertThat(theirs.overall().reviews()).isZero();
        assertThat(theirs.reviewsPerDay()).isEmpty();
    }

    @Test
    void nobodySignedInIsRefused() {
        AccountFixtures.logOut();
        assertThatThrownBy(() -> stats.mine()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void theStatisticsTakeTheSameFewStatementsForOneReviewOrMany() {
        long card = learnt(QuestionCategory.ML, "What is overfitting?");
        statements.reset();
        stats.mine();
        int forOne = statements.count();

        for (int i = 0; i < 30; i++) {
            learnt(QuestionCategory.values()[i % 5], "Question " + i);
        }
        clock.advance(Duration.ofDays(60));
        grade(card, ReviewGrade.AGAIN);
        for (ReviewCard due : bank.myCards()) {
            if (due.id() != card) {
                bank.review(due.id(), ReviewGrade.GOOD, due.version());
            }
        }
        statements.reset();
        ReviewStats many = stats.mine();
        int forMany = statements.count();

        assertThat(many.overall().reviews()).isEqualTo(31);
        assertThat(forMany).as(String.join("\n", statements.statements()))
                .isEqualTo(forOne).isLessThanOrEqualTo(5);
    }

    /** A card seen once and graded Easy, so it is in review from then on. */
    private long learnt(QuestionCategory category, String question) {
        long id = bank.addCard(category, question, null, null, null);
        grade(id, ReviewGrade.EASY);
        return id;
    }

    private void grade(long id, ReviewGrade grade) {
        bank.review(id, grade, bank.card(id).version());
    }
}
