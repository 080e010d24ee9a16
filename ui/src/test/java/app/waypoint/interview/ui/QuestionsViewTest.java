package app.waypoint.interview.ui;

import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.interview.domain.QuestionCategory;
import app.waypoint.interview.domain.ReviewGrade;
import app.waypoint.interview.service.QuestionBankService;
import app.waypoint.interview.service.ReviewCard;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class QuestionsViewTest extends KaribuTest {

    @Autowired QuestionBankService bank;

    @Test
    void aQuestionIsAddedThroughTheDialog() {
        signUpAndLogIn("adder@example.com", Language.EN);
        QuestionsView view = open();

        _click(view.addQuestion);
        QuestionDialog dialog = _get(QuestionDialog.class);
        _setValue(dialog.category, QuestionCategory.ML);
        _setValue(dialog.question, "What is overfitting?");
        _setValue(dialog.company, "Naver");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(bank.myCards()).extracting(ReviewCard::question, ReviewCard::company)
                .containsExactly(tuple("What is overfitting?", "Naver"));
        assertThat(view.list.getElement().getTextRecursively()).contains("What is overfitting?", "Asked at Naver");
    }

    @Test
    void theSameDialogEditsACardShowingItsAnswerAndKeepsItsSchedule() {
        signUpAndLogIn("editor@example.com", Language.EN);
        long id = bank.addCard(QuestionCategory.ML, "What is overfitting?", "Learning the noise.", null, null);
        ReviewCard reviewed = bank.review(id, ReviewGrade.GOOD, bank.card(id).version());
        QuestionsView view = open();

        QuestionDialog dialog = openEditDialog(id);
        assertThat(dialog.answer.getValue()).isEqualTo("Learning the noise.");
        assertThat(dialog.category.getValue()).isEqualTo(QuestionCategory.ML);
        _setValue(dialog.question, "How do you spot overfitting?");
        _setValue(dialog.tags, "ml, evaluation");
        _setValue(dialog.company, "Kakao");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        ReviewCard edited = bank.card(id);
        assertThat(edited.question()).isEqualTo("How do you spot overfitting?");
        assertThat(edited.dueOn()).isEqualTo(reviewed.dueOn());
        assertThat(edited.reviews()).isEqualTo(1);
        assertThat(view.list.getElement().getTextRecursively())
                .contains("How do you spot overfitting?", "Asked at Kakao", "ml, evaluation");
    }

    @Test
    void aBadEditIsShownAtTheFieldAndChangesNothing() {
        signUpAndLogIn("careless@example.com", Language.EN);
        long id = bank.addCard(QuestionCategory.ML, "What is overfitting?", null, null, null);
        open();

        QuestionDialog dialog = openEditDialog(id);
        _setValue(dialog.question, "  ");
        _setValue(dialog.company, "c".repeat(101));
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.question.getErrorMessage()).isEqualTo("Enter the question.");
        assertThat(dialog.company.getErrorMessage()).isEqualTo("A company name can have at most 100 characters.");
        assertThat(bank.card(id).question()).isEqualTo("What is overfitting?");
    }

    @Test
    void anEditSavedMeanwhileInAnotherTabIsNotOverwrittenUntilSavedAgain() {
        signUpAndLogIn("two-tabs@example.com", Language.EN);
        long id = bank.addCard(QuestionCategory.ML, "What is overfitting?", null, null, null);
        open();
        QuestionDialog dialog = openEditDialog(id);

        bank.updateCard(id, QuestionCategory.ML, "Saved in the other tab", null, null, null, bank.card(id).version());
        _setValue(dialog.question, "Typed here");
        _click(dialog.save);

        NotificationsKt.expectNotifications(
                "This question was changed in another tab. Your text is still here: save again to replace that version.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.question.getValue()).isEqualTo("Typed here");
        assertThat(bank.card(id).question()).isEqualTo("Saved in the other tab");

        _click(dialog.save);
        assertThat(bank.card(id).question()).isEqualTo("Typed here");
    }

    @Test
    void aCardIsDeletedOnlyAfterConfirming() {
        signUpAndLogIn("deleter@example.com", Language.EN);
        long id = bank.addCard(QuestionCategory.ML, "What is overfitting?", null, null, null);
        QuestionsView view = open();
        QuestionDialog dialog = openEditDialog(id);

        _click(dialog.delete);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Delete this question?");
        assertThat(bank.myCards()).as("nothing deleted before confirming").hasSize(1);

        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));

        assertThat(bank.myCards()).isEmpty();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.list.getElement().getTextRecursively()).contains("No questions yet");
    }

    @Test
    void theListCanShowOneCategory() {
        signUpAndLogIn("filter@example.com", Language.EN);
        bank.addCard(QuestionCategory.ML, "What is overfitting?", null, null, null);
        bank.addCard(QuestionCategory.BACKEND_CS, "What is an index?", null, null, null);
        QuestionsView view = open();
        assertThat(view.categoryFilter.getItemLabelGenerator().apply(null)).isEqualTo("All categories");

        _setValue(view.categoryFilter, QuestionCategory.BACKEND_CS);
        assertThat(view.list.getElement().getTextRecursively()).contains("What is an index?")
                .doesNotContain("overfitting");

        _setValue(view.categoryFilter, QuestionCategory.PROJECT);
        assertThat(view.list.getElement().getTextRecursively()).contains("No questions in this category yet.");

        _setValue(view.categoryFilter, null);
        assertThat(view.list.getElement().getTextRecursively()).contains("What is an index?", "overfitting");
    }

    private QuestionsView open() {
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("interview/questions");
        return _get(QuestionsView.class);
    }

    private static QuestionDialog openEditDialog(long cardId) {
        _click(_get(Button.class, spec -> spec.withId("edit-question-" + cardId)));
        return _get(QuestionDialog.class);
    }
}
