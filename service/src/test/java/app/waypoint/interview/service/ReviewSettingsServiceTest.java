package app.waypoint.interview.service;

import app.waypoint.MutableClock;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.base.domain.Language;
import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.interview.domain.QuestionCategory;
import app.waypoint.interview.domain.ReviewGrade;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class ReviewSettingsServiceTest {

    @Autowired ReviewSettingsService settings;
    @Autowired QuestionBankService bank;
    @Autowired AccountFixtures accounts;
    @Autowired TestDatabase database;
    @Autowired MutableClock clock;

    @BeforeEach
    void signedIn() {
        database.reset();
        clock.set(Instant.parse("2026-03-02T00:30:00Z"));
        accounts.signUpAndLogIn("settings@example.com");
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    @Test
    void theDefaultsAreNinetyPercentTwentyNewCardsAndTwoHundredReviews() {
        assertThat(settings.mine()).isEqualTo(new ReviewPreferences(0.90, 20, 200, null));
    }

    @Test
    void theNewCardLimitDecidesHowManyNewCardsTodayHolds() {
        bank.addStarterSet(Language.EN);
        settings.change(0.90, 5, 200, null);

        assertThat(bank.queue().newLeft()).isEqualTo(5);
        assertThat(bank.summary().dueToday()).isEqualTo(5);
        assertThat(bank.tomorrow().newCards()).isEqualTo(5);
    }

    @Test
    void theReviewLimitHoldsBackCardsInReviewButNeverALearningStep() {
        for (int i = 0; i < 4; i++) {
            long id = bank.addCard(QuestionCategory.ML, "Question " + i, null, null, null);
            bank.review(id, ReviewGrade.EASY, bank.card(id).version());
        }
        clock.advance(Duration.ofDays(60));
        settings.change(0.90, 20, 2, null);
        assertThat(bank.queue().reviewsLeft()).isEqualTo(2);

        ReviewCard first = bank.queue().next();
        bank.review(first.id(), ReviewGrade.AGAIN, first.version());
        ReviewCard second = bank.queue().next();
        bank.review(second.id(), ReviewGrade.GOOD, second.version());

        ReviewQueue queue = bank.queue();
        assertThat(queue.reviewsLeft()).as("two reviews done").isZero();
        assertThat(queue.next().id()).as("the forgotten card still relearns").isEqualTo(first.id());
    }

    @Test
    void aHigherRetentionForecastsMoreReviews() {
        bank.addStarterSet(Language.EN);
        int atNinety = IntStream.of(settings.forecast(0.90)).sum();
        int atSeventy = IntStream.of(settings.forecast(0.70)).sum();
        int atNinetySeven = IntStream.of(settings.forecast(0.97)).sum();

        assertThat(settings.forecast(0.90)).hasSize(30);
        assertThat(atNinety).isPositive();
        assertThat(atSeventy).isLessThan(atNinety);
        assertThat(atNinetySeven).isGreaterThan(atNinety);
    }

    @Test
    void aNewRetentionMovesTheDueDatesOfCardsInReviewAsTold() {
        long id = bank.addCard(QuestionCategory.ML, "What is overfitting?", null, null, null);
        ReviewCard known = bank.review(id, ReviewGrade.EASY, bank.card(id).version());
        long learning = bank.addCard(QuestionCategory.ML, "What is dropout?", null, null, null);
        ReviewCard stepped = bank.review(learning, ReviewGrade.AGAIN, bank.card(learning).version());
        int told = settings.cardsMovedBy(0.97);

        int moved = settings.change(0.97, 20, 200, null);

        assertThat(moved).isEqualTo(told).isEqualTo(1);
        assertThat(bank.card(id).dueOn()).isBefore(known.dueOn());
        assertThat(bank.card(learning).dueOn()).as("a learning step keeps its moment").isEqualTo(stepped.dueOn());
        assertThat(settings.mine().desiredRetention()).isEqualTo(0.97);
        assertThat(settings.change(0.97, 10, 100, settings.mine().version())).as("same retention").isZero();
    }

    @Test
    void badValuesAreRefusedAtTheirFieldsAndChangeNothing() {
        assertThatThrownBy(() -> settings.change(0.99, -1, 10_000, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("desiredRetention", "newCardsPerDay", "reviewsPerDay"));
        assertThatThrownBy(() -> settings.change(0.69, 20, 200, null)).isInstanceOf(InvalidInputException.class);
        assertThat(settings.mine()).isEqualTo(new ReviewPreferences(0.90, 20, 200, null));
    }

    @Test
    void aSaveFromAStaleTabIsRefused() {
        settings.change(0.85, 20, 200, null);
        long seen = settings.mine().version();
        settings.change(0.85, 30, 200, seen);

        assertThatThrownBy(() -> settings.change(0.80, 5, 200, seen)).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> settings.change(0.80, 5, 200, null)).as("a tab that saw the defaults")
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(settings.mine().newCardsPerDay()).isEqualTo(30);
    }

    @Test
    void eachPersonHasTheirOwnSettings() {
        settings.change(0.80, 5, 50, null);

        accounts.signUpAndLogIn("other@example.com");
        assertThat(settings.mine()).isEqualTo(new ReviewPreferences(0.90, 20, 200, null));
    }
}
