package app.waypoint.interview.ui;

import app.waypoint.account.ui.LoginView;
import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.interview.domain.ProblemDifficulty;
import app.waypoint.interview.service.ProblemService;
import app.waypoint.interview.service.ProblemView;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ProblemsViewTest extends KaribuTest {

    private static final String TWO_SUM = "https://leetcode.com/problems/two-sum/";
    private static final String LRU_CACHE = "https://leetcode.com/problems/lru-cache/";

    @Autowired ProblemService problems;

    @Test
    void anonymousVisitorsAreSentToLogin() {
        openBrowser();
        UI.getCurrent().navigate("interview/problems");
        NavigatorKt.expectView(LoginView.class);
    }

    @Test
    void aProblemIsAddedSolvedAndCountedTowardTheGoal() {
        signUpAndLogIn("coder@example.com", Language.EN);
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("interview/problems");
        ProblemsView view = _get(ProblemsView.class);

        _setValue(view.newProblem.title, "Two Sum");
        _setValue(view.newProblem.url, "javascript:alert(1)");
        _click(view.add);
        assertThat(view.newProblem.url.getErrorMessage()).startsWith("Enter the problem's full web address");
        assertThat(view.newProblem.difficulty.isInvalid()).isTrue();

        _setValue(view.newProblem.url, "https://leetcode.com/problems/two-sum/");
        _setValue(view.newProblem.difficulty, ProblemDifficulty.EASY);
        _click(view.add);
        assertThat(view.newProblem.url.isInvalid()).as("no error left over from the refused try").isFalse();
        assertThat(view.newProblem.difficulty.isInvalid()).isFalse();
        _click(_get(view.list, Button.class, spec -> spec.withText("Solved")));

        assertThat(problems.progress().solvedTowardGoal()).isEqualTo(1);
        assertThat(view.goal.getElement().getTextRecursively()).contains("1 of 100 Easy–Medium problems solved");
    }

    @Test
    void aLongListShowsThirtyAndStaysOpenedAsFarAsThePersonWentWhenAProblemIsLogged() {
        signUpAndLogIn("many@example.com", Language.EN);
        for (int i = 1; i <= 45; i++) {
            problems.add("Problem " + i, "https://leetcode.com/problems/p" + i + "/", "LeetCode",
                    ProblemDifficulty.MEDIUM, null);
        }
        ProblemsView view = open();
        assertThat(rows(view)).hasSize(30);
        _click(_get(view.list, Button.class, spec -> spec.withText("Show the other 15")));
        List<Div> all = rows(view);
        assertThat(all).hasSize(45);

        _click(_get(all.get(40), Button.class, spec -> spec.withText("Solved")));
        assertThat(rows(view)).as("logging one does not fold the list up again").hasSize(45);
        assertThat(_find(view.list, Button.class, spec -> spec.withClasses("show-more"))).isEmpty();
        assertThat(problems.myProblems().stream().filter(problem -> problem.attempts() == 1)).hasSize(1);
    }

    @Test
    void aSolvedProblemSaysWhenToSolveItAgain() {
        signUpAndLogIn("again@example.com", Language.EN);
        problems.add("Two Sum", TWO_SUM, "LeetCode", ProblemDifficulty.EASY, "array");
        ProblemsView view = open();
        assertThat(rows(view).get(0).getElement().getTextRecursively()).doesNotContain("solve again on");

        _click(_get(view.list, Button.class, spec -> spec.withText("Solved")));
        java.time.LocalDate again = problems.myProblems().get(0).resolveOn();
        assertThat(again).isNotNull();
        assertThat(rows(view).get(0).getElement().getTextRecursively())
                .contains("solve again on " + app.waypoint.base.ui.Texts.date(again));
    }

    private static List<Div> rows(ProblemsView view) {
        return _find(view.list, Div.class, spec -> spec.withClasses("problem-row"));
    }

    @Test
    void aProblemIsCorrectedInADialogFilledWithItsDetails() {
        signUpAndLogIn("fixer@example.com", Language.EN);
        long id = problems.add("Two Sum", TWO_SUM, "LeetCode", ProblemDifficulty.EASY, "array");
        ProblemsView view = open();

        ProblemDialog dialog = openEditDialog(id);
        assertThat(dialog.form.url.getValue()).isEqualTo(TWO_SUM);
        assertThat(dialog.form.platform.getValue()).isEqualTo("LeetCode");
        assertThat(dialog.form.difficulty.getValue()).isEqualTo(ProblemDifficulty.EASY);
        _setValue(dialog.form.title, "1. Two Sum");
        _setValue(dialog.form.difficulty, ProblemDifficulty.MEDIUM);
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(problems.problem(id)).extracting(ProblemView::title, ProblemView::difficulty)
                .containsExactly("1. Two Sum", ProblemDifficulty.MEDIUM);
        assertThat(view.list.getElement().getTextRecursively()).contains("1. Two Sum", "Medium");
    }

    @Test
    void aLinkAlreadyUsedByAnotherProblemIsRefusedAtTheField() {
        signUpAndLogIn("twins@example.com", Language.EN);
        long id = problems.add("Two Sum", TWO_SUM, null, ProblemDifficulty.EASY, null);
        problems.add("LRU Cache", LRU_CACHE, null, ProblemDifficulty.MEDIUM, null);
        open();

        ProblemDialog dialog = openEditDialog(id);
        _setValue(dialog.form.url, LRU_CACHE);
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.form.url.getErrorMessage()).isEqualTo("This problem is already in your list.");
        assertThat(problems.problem(id).url()).isEqualTo(TWO_SUM);
    }

    @Test
    void anEditSavedMeanwhileInAnotherTabIsNotOverwrittenUntilSavedAgain() {
        signUpAndLogIn("two-tabs@example.com", Language.EN);
        long id = problems.add("Two Sum", TWO_SUM, null, ProblemDifficulty.EASY, null);
        open();
        ProblemDialog dialog = openEditDialog(id);

        problems.attempt(id, true, 15, problems.problem(id).version());
        _setValue(dialog.form.title, "Two Sum (hash map)");
        _click(dialog.save);

        NotificationsKt.expectNotifications(
                "This problem was changed in another tab. Your text is still here: save again to replace that version.");
        assertThat(dialog.form.title.getValue()).isEqualTo("Two Sum (hash map)");
        assertThat(problems.problem(id).title()).isEqualTo("Two Sum");

        _click(dialog.save);
        assertThat(problems.problem(id)).extracting(ProblemView::title, ProblemView::attempts)
                .containsExactly("Two Sum (hash map)", 1);
    }

    @Test
    void aProblemIsDeletedOnlyAfterConfirming() {
        signUpAndLogIn("deleter@example.com", Language.EN);
        long id = problems.add("Two Sum", TWO_SUM, null, ProblemDifficulty.EASY, null);
        ProblemsView view = open();
        ProblemDialog dialog = openEditDialog(id);

        _click(dialog.delete);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Delete \"Two Sum\"?");
        assertThat(problems.myProblems()).as("nothing deleted before confirming").hasSize(1);

        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));

        assertThat(problems.myProblems()).isEmpty();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.list.getElement().getTextRecursively()).contains("No problems yet");
    }

    @Test
    void minutesTypedForOneProblemSurviveLoggingAndAddingAnother() {
        signUpAndLogIn("minutes@example.com", Language.EN);
        long twoSum = problems.add("Two Sum", TWO_SUM, null, ProblemDifficulty.EASY, null);
        long lru = problems.add("LRU Cache", LRU_CACHE, null, ProblemDifficulty.MEDIUM, null);
        ProblemsView view = open();
        IntegerField lruMinutes = minutes(view, lru);
        _setValue(lruMinutes, 35);

        _setValue(minutes(view, twoSum), 10);
        _click(_get(row(view, twoSum), Button.class, spec -> spec.withText("Solved")));
        _setValue(view.newProblem.title, "Valid Parentheses");
        _setValue(view.newProblem.url, "https://leetcode.com/problems/valid-parentheses/");
        _setValue(view.newProblem.difficulty, ProblemDifficulty.EASY);
        _click(view.add);

        assertThat(problems.problem(twoSum)).extracting(ProblemView::attempts, ProblemView::minutesSpent)
                .containsExactly(1, 10);
        assertThat(row(view, twoSum).getElement().getTextRecursively()).contains("1 attempt · 10 min");
        assertThat(view.list.getElement().getTextRecursively()).contains("Valid Parentheses");
        assertThat(lruMinutes.isAttached()).isTrue();
        assertThat(lruMinutes.getValue()).isEqualTo(35);
        assertThat(minutes(view, twoSum).getValue()).as("the logged row starts afresh").isNull();
    }

    private static Div row(ProblemsView view, long problemId) {
        return _get(view.list, Div.class, spec -> spec.withId("problem-" + problemId));
    }

    private static IntegerField minutes(ProblemsView view, long problemId) {
        return _get(row(view, problemId), IntegerField.class);
    }

    private ProblemsView open() {
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("interview/problems");
        return _get(ProblemsView.class);
    }

    private static ProblemDialog openEditDialog(long problemId) {
        _click(_get(Button.class, spec -> spec.withId("edit-problem-" + problemId)));
        return _get(ProblemDialog.class);
    }
}
