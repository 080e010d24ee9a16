package app.waypoint.interview.ui;

import app.waypoint.account.ui.LoginView;
import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.interview.domain.QuestionCategory;
import app.waypoint.interview.domain.ReviewGrade;
import app.waypoint.interview.service.QuestionBankService;
import app.waypoint.interview.service.ReviewCard;
import app.waypoint.interview.service.ReviewSettingsService;
import app.waypoint.interview.service.Wait;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt.fireShortcut;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewViewTest extends KaribuTest {

    @Autowired QuestionBankService bank;
    @Autowired ReviewSettingsService settings;

    @Test
    void anonymousVisitorsAreSentToLogin() {
        openBrowser();
        UI.getCurrent().navigate("interview/review");
        NavigatorKt.expectView(LoginView.class);
        UI.getCurrent().navigate("interview/questions");
        NavigatorKt.expectView(LoginView.class);
    }

    @Test
    void theStarterSetFillsTheDeck() {
        signUpAndLogIn("deck@example.com", Language.EN);
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("interview/questions");

        _click(_get(QuestionsView.class).addStarter);

        assertThat(bank.myCards()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(_get(QuestionsView.class).list.getElement().getTextRecursively()).contains("overfitting");
        assertThat(_get(QuestionsView.class).addStarter.isVisible()).as("nothing left to add").isFalse();

        bank.deleteCard(bank.myCards().get(0).id());
        UI.getCurrent().navigate("interview");
        UI.getCurrent().navigate("interview/questions");
        assertThat(_get(QuestionsView.class).addStarter.isVisible()).as("a deleted one can come back").isTrue();
    }

    @Test
    void aReviewRevealsTheAnswerAndAGradeSchedulesTheCard() {
        signUpAndLogIn("review@example.com", Language.EN);
        bank.addCard(QuestionCategory.ML, "What is overfitting?", "Learning the noise of the training data.", null, null);
        bank.addCard(QuestionCategory.BACKEND_CS, "What is idempotency?", null, null, null);
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("interview/review");
        ReviewView view = _get(ReviewView.class);
        assertThat(view.cardBox.getElement().getTextRecursively()).contains("What is overfitting?")
                .doesNotContain("Learning the noise");

        _click(view.reveal);
        assertThat(view.cardBox.getElement().getTextRecursively()).contains("Learning the noise");
        _click(_get(Button.class, spec -> spec.withId("grade-GOOD")));

        assertThat(view.cardBox.getElement().getTextRecursively()).contains("What is idempotency?");
        assertThat(bank.summary().dueToday()).as("the new card and the first one's 10-minute step").isEqualTo(2);
        assertThat(bank.summary().reviewedToday()).isTrue();

        _click(view.reveal);
        _click(_get(Button.class, spec -> spec.withId("grade-EASY")));
        assertThat(view.cardBox.getElement().getTextRecursively()).as("its step comes back in the session")
                .contains("What is overfitting?");
        _click(view.reveal);
        _click(_get(Button.class, spec -> spec.withId("grade-GOOD")));
        assertThat(view.cardBox.getElement().getTextRecursively()).contains("All done for today")
                .contains("This session: 3 cards, 0 % again, 1 minute.")
                .contains("Tomorrow: no reviews and no new cards. Streak: 1 day.");
    }

    @Test
    void againBringsTheCardBackInTheSessionAndTheButtonsShowFourWaits() {
        signUpAndLogIn("again@example.com", Language.EN);
        long first = bank.addCard(QuestionCategory.ML, "What is overfitting?", null, null, null);
        bank.addCard(QuestionCategory.BACKEND_CS, "What is idempotency?", null, null, null);
        int easyDays = bank.nextWaits(first).get(ReviewGrade.EASY).days(); // about 8: FSRS-6's first Easy, fuzzed
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("interview/review");
        ReviewView view = _get(ReviewView.class);
        assertThat(view.progress.getText()).isEqualTo("2 new · 0 learning · 0 to review");

        _click(view.reveal);
        assertThat(easyDays).isBetween(6, 10);
        assertThat(gradeTexts()).containsExactly("Again · 1 min", "Hard · 6 min", "Good · 10 min",
                "Easy · " + easyDays + " d");
        _click(_get(Button.class, spec -> spec.withId("grade-AGAIN")));

        assertThat(view.progress.getText()).isEqualTo("1 new · 1 learning · 0 to review");
        assertThat(view.cardBox.getElement().getTextRecursively()).contains("What is idempotency?");
        _click(view.reveal);
        _click(_get(Button.class, spec -> spec.withId("grade-EASY")));

        assertThat(view.cardBox.getElement().getTextRecursively()).as("the failed card, back in the session")
                .contains("What is overfitting?");
        _click(view.reveal);
        assertThat(gradeTexts()).doesNotHaveDuplicates().hasSize(4);
        _click(_get(Button.class, spec -> spec.withId("grade-EASY")));
        assertThat(view.cardBox.getElement().getTextRecursively()).contains("All done for today")
                .contains("This session: 3 cards, 33 % again");
    }

    @Test
    void aSessionTakesNoMoreNewCardsThanTheDailyLimit() {
        signUpAndLogIn("limit@example.com", Language.EN);
        bank.addStarterSet(Language.EN);
        settings.change(0.90, 3, 200, null);
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("interview/review");
        ReviewView view = _get(ReviewView.class);
        assertThat(view.progress.getText()).isEqualTo("3 new · 0 learning · 0 to review");

        for (int i = 0; i < 3; i++) {
            _click(view.reveal);
            _click(_get(Button.class, spec -> spec.withId("grade-EASY")));
        }

        assertThat(view.progress.getText()).isEqualTo("0 new · 0 learning · 0 to review");
        assertThat(view.cardBox.getElement().getTextRecursively()).contains("All done for today")
                .contains("Tomorrow: no reviews and 3 new cards.");
    }

    private static java.util.List<String> gradeTexts() {
        return java.util.Arrays.stream(ReviewGrade.values())
                .map(grade -> _get(Button.class, spec -> spec.withId("grade-" + grade.name())).getText()).toList();
    }
    @Test
    void keysShowTheAnswerGradeAndTakeTheGradeBack() {
        signUpAndLogIn("keys@example.com", Language.EN);
        long first = bank.addCard(QuestionCategory.ML, "What is overfitting?", "Learning the noise.", null, null);
        bank.addCard(QuestionCategory.BACKEND_CS, "What is idempotency?", null, null, null);
        ReviewCard before = bank.card(first);
        Map<ReviewGrade, Wait> intervalsBefore = bank.nextWaits(first);
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("interview/review");
        ReviewView view = _get(ReviewView.class);
        assertThat(view.undo.isVisible()).as("nothing to take back yet").isFalse();

        fireShortcut(Key.DIGIT_3);
        assertThat(bank.card(first).reviews()).as("no grade while the answer is hidden").isZero();
        fireShortcut(Key.SPACE);
        assertThat(view.cardBox.getElement().getTextRecursively()).contains("Learning the noise");
        fireShortcut(Key.DIGIT_3);

        assertThat(bank.card(first).reviews()).isEqualTo(1);
        assertThat(view.cardBox.getElement().getTextRecursively()).contains("What is idempotency?");
        assertThat(view.undo.isVisible()).isTrue();

        fireShortcut(Key.KEY_Z, KeyModifier.CONTROL);

        assertThat(bank.card(first)).usingRecursiveComparison().ignoringFields("version").isEqualTo(before);
        assertThat(bank.nextWaits(first)).isEqualTo(intervalsBefore);
        assertThat(bank.summary().reviewedToday()).isFalse();
        assertThat(view.cardBox.getElement().getTextRecursively()).contains("What is overfitting?")
                .doesNotContain("Learning the noise").doesNotContain("idempotency");
        assertThat(view.undo.isVisible()).isFalse();

        fireShortcut(Key.SPACE);
        fireShortcut(Key.DIGIT_1);
        assertThat(bank.card(first).reviews()).isEqualTo(1);
        fireShortcut(Key.KEY_Z, KeyModifier.META);
        assertThat(bank.card(first)).usingRecursiveComparison().ignoringFields("version").isEqualTo(before);
        assertThat(view.cardBox.getElement().getTextRecursively()).contains("What is overfitting?");

        UI.getCurrent().navigate("interview/questions");
        fireShortcut(Key.SPACE);
        fireShortcut(Key.DIGIT_3);
        assertThat(bank.card(first).reviews()).as("the keys stop with the review page").isZero();
    }

    @Test
    void theUndoButtonTakesBackTheSessionsGradesOneByOne() {
        signUpAndLogIn("thumb@example.com", Language.EN);
        long first = bank.addCard(QuestionCategory.ML, "What is overfitting?", null, null, null);
        long second = bank.addCard(QuestionCategory.BACKEND_CS, "What is idempotency?", null, null, null);
        ReviewCard firstBefore = bank.card(first);
        ReviewCard secondBefore = bank.card(second);
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("interview/review");
        ReviewView view = _get(ReviewView.class);

        _click(view.reveal);
        _click(_get(Button.class, spec -> spec.withId("grade-HARD")));
        assertThat(view.cardBox.getElement().getTextRecursively()).contains("What is idempotency?");
        _click(view.reveal);
        _click(_get(Button.class, spec -> spec.withId("grade-EASY")));
        assertThat(view.cardBox.getElement().getTextRecursively()).as("the Hard card's 6-minute step")
                .contains("What is overfitting?");

        _click(view.undo);
        assertThat(bank.card(second)).usingRecursiveComparison().ignoringFields("version").isEqualTo(secondBefore);
        assertThat(view.cardBox.getElement().getTextRecursively()).contains("What is idempotency?");
        assertThat(view.undo.isVisible()).as("one grade is left to take back").isTrue();

        _click(view.undo);
        assertThat(bank.card(first)).usingRecursiveComparison().ignoringFields("version").isEqualTo(firstBefore);
        assertThat(view.cardBox.getElement().getTextRecursively()).contains("What is overfitting?");
        assertThat(view.undo.isVisible()).isFalse();
    }
}
