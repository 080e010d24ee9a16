package app.waypoint.interview.ui;

import app.waypoint.account.ui.LoginView;
import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.interview.domain.ProblemDifficulty;
import app.waypoint.interview.service.ProblemOrder;
import app.waypoint.interview.service.ProblemService;
import app.waypoint.interview.service.ProblemView;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
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

    // ---------- the built-in list ----------

    @Test
    void aBuiltInProblemIsAddedInOneTapAndThenShowsAsAdded() {
        signUpAndLogIn("pattern@example.com", Language.EN);
        ProblemsView view = open();
        assertThat(view.builtInBox.isOpened()).as("a first visit starts from the list").isTrue();
        assertThat(view.builtInBox.getElement().getTextRecursively())
                .contains("Selection after Grind 75 (Yangshun Tay, techinterviewhandbook.org/grind75) and NeetCode 150"
                        + " (neetcode.io).");
        Details slidingWindow = pattern("sliding-window");
        assertThat(summary(slidingWindow)).isEqualTo("Sliding Window0/5 added");
        assertThat(_find(view.builtInBox, Div.class, spec -> spec.withClasses("built-in-problem")))
                .as("no problem is made before its pattern is opened").isEmpty();

        slidingWindow.setOpened(true);
        Div longest = builtIn("longest-substring-without-repeating-characters");
        assertThat(_find(longest, Anchor.class)).extracting(Anchor::getHref)
                .containsExactly("https://leetcode.com/problems/longest-substring-without-repeating-characters/");
        _click(_get(Button.class, spec -> spec.withId("built-in-longest-substring-without-repeating-characters")));

        assertThat(_find(builtIn("longest-substring-without-repeating-characters"), Button.class)).isEmpty();
        assertThat(builtIn("longest-substring-without-repeating-characters").getElement().getTextRecursively())
                .contains("Added");
        assertThat(summary(slidingWindow)).isEqualTo("Sliding Window1/5 added");
        assertThat(_find(view.builtInBox, Div.class, spec -> spec.withClasses("built-in-problem")))
                .as("only the opened pattern has its problems made").hasSize(5);
        ProblemView added = problems.myProblems().get(0);
        assertThat(added).extracting(ProblemView::title, ProblemView::platform, ProblemView::difficulty,
                ProblemView::tags).containsExactly("Longest Substring Without Repeating Characters", "LeetCode",
                ProblemDifficulty.MEDIUM, "sliding window");
        assertThat(rows(view)).hasSize(1);
        assertThat(view.list.getElement().getTextRecursively()).contains("Longest Substring Without Repeating");
    }

    @Test
    void oneAddedByHandWithTheSameLinkShowsAsAddedAndOtherSitesAreLinkedWhereTheyHaveIt() {
        signUpAndLogIn("by-hand@example.com", Language.KO);
        problems.add("Valid Parentheses", "https://leetcode.com/problems/valid-parentheses", "LeetCode",
                ProblemDifficulty.EASY, null);
        openBrowser(Locale.KOREAN);
        UI.getCurrent().navigate("interview/problems");
        ProblemsView view = _get(ProblemsView.class);
        assertThat(view.builtInBox.isOpened()).as("folded once there are problems").isFalse();
        assertThat(_find(view.builtInBox, Details.class, spec -> spec.withClasses("built-in-pattern")))
                .as("made when first opened").isEmpty();

        view.builtInBox.setOpened(true);
        assertThat(view.builtInBox.getElement().getTextRecursively()).contains("Grind 75", "NeetCode 150");
        Details stack = pattern("stack");
        assertThat(summary(stack)).isEqualTo("스택5문제 중 1문제 추가");
        stack.setOpened(true);
        Div parentheses = builtIn("valid-parentheses");
        assertThat(parentheses.getElement().getTextRecursively()).contains("올바른 괄호", "추가됨");
        assertThat(_find(parentheses, Button.class)).isEmpty();
        assertThat(_find(parentheses, Anchor.class)).extracting(Anchor::getText, Anchor::getHref).containsExactly(
                org.assertj.core.groups.Tuple.tuple("LeetCode", "https://leetcode.com/problems/valid-parentheses/"),
                org.assertj.core.groups.Tuple.tuple("프로그래머스",
                        "https://school.programmers.co.kr/learn/courses/30/lessons/12909"));

        _click(_get(Button.class, spec -> spec.withId("built-in-min-stack")));
        assertThat(problems.myProblems().get(0)).extracting(ProblemView::title, ProblemView::tags)
                .containsExactly("최솟값 스택", "스택");
    }

    // ---------- filters and order ----------

    @Test
    void filtersAndOrderChangeTheListWithoutLosingMinutesTypedInAnotherRow() {
        signUpAndLogIn("sorter@example.com", Language.EN);
        long easy = problems.add("Two Sum", TWO_SUM, null, ProblemDifficulty.EASY, "array");
        long medium = problems.add("LRU Cache", LRU_CACHE, null, ProblemDifficulty.MEDIUM, "design");
        long hard = problems.add("Median", "https://leetcode.com/problems/median/", null, ProblemDifficulty.HARD,
                "array");
        problems.attempt(medium, true, 20, problems.problem(medium).version());
        ProblemsView view = open();
        assertThat(rowIds(view)).containsExactly(hard, medium, easy);
        IntegerField easyMinutes = minutes(view, easy);
        _setValue(easyMinutes, 25);

        _setValue(view.order, ProblemOrder.DIFFICULTY);
        assertThat(rowIds(view)).containsExactly(easy, medium, hard);
        _setValue(view.order, ProblemOrder.RESOLVE);
        assertThat(rowIds(view)).as("the one with a re-solve date first").startsWith(medium);

        _setValue(view.tagFilter, "array");
        assertThat(rowIds(view)).containsExactly(hard, easy); // RESOLVE: no dates, so as added
        assertThat(view.shownCount.getText()).isEqualTo("2 of 3 problems");
        _setValue(view.difficultyFilter, ProblemDifficulty.HARD);
        assertThat(rowIds(view)).containsExactly(hard);
        assertThat(easyMinutes.isAttached()).isFalse();
        _setValue(view.difficultyFilter, null);

        assertThat(minutes(view, easy)).as("the same field, back").isSameAs(easyMinutes);
        assertThat(easyMinutes.getValue()).isEqualTo(25);
        _click(_get(row(view, easy), Button.class, spec -> spec.withText("Solved")));
        assertThat(problems.problem(easy).minutesSpent()).isEqualTo(25);
        assertThat(view.tagFilter.getValue()).as("logging keeps the filter").isEqualTo("array");
    }

    @Test
    void aFilterThatMatchesNothingSaysSoAndOffersToClearIt() {
        signUpAndLogIn("nothing@example.com", Language.EN);
        problems.add("Two Sum", TWO_SUM, null, ProblemDifficulty.EASY, "array");
        ProblemsView view = open();

        _setValue(view.dueFilter, true);
        assertThat(rows(view)).isEmpty();
        assertThat(view.list.getElement().getTextRecursively()).contains("No problems match this filter.")
                .doesNotContain("No problems yet");

        _click(_get(view.list, Button.class, spec -> spec.withId("problems-clear-filter")));
        assertThat(view.dueFilter.getValue()).isFalse();
        assertThat(rows(view)).hasSize(1);
        assertThat(view.shownCount.getText()).isEmpty();
    }

    @Test
    void theFiltersShowOnlyOnceThereAreProblems() {
        signUpAndLogIn("no-filters@example.com", Language.EN);
        ProblemsView view = open();
        assertThat(view.filters.isVisible()).isFalse();
        pattern("arrays-hashing").setOpened(true);
        _click(_get(Button.class, spec -> spec.withId("built-in-two-sum")));
        assertThat(view.filters.isVisible()).isTrue();
        assertThat(view.tagFilter.getListDataView().getItems()).containsExactly("arrays & hashing");
    }

    // ---------- problems without a link ----------

    @Test
    void aProblemWithoutALinkIsAddedAndShowsNoLinkAndTheSameTitleIsRefusedAtTheField() {
        signUpAndLogIn("book@example.com", Language.EN);
        ProblemsView view = open();
        assertThat(view.newProblem.url.getHelperText()).startsWith("Optional");
        _setValue(view.newProblem.title, "Rotate Matrix (CtCI 1.7)");
        _setValue(view.newProblem.difficulty, ProblemDifficulty.MEDIUM);
        _click(view.add);

        Div row = rows(view).get(0);
        assertThat(row.getElement().getTextRecursively()).contains("Rotate Matrix (CtCI 1.7)");
        assertThat(_find(row, Anchor.class)).as("nothing to link to").isEmpty();
        assertThat(_find(row, Span.class, spec -> spec.withClasses("project-title"))).hasSize(1);

        _setValue(view.newProblem.title, "rotate matrix (ctci 1.7)");
        _setValue(view.newProblem.difficulty, ProblemDifficulty.MEDIUM);
        _click(view.add);
        assertThat(view.newProblem.title.getErrorMessage())
                .isEqualTo("A problem with this title and no link is already in your list.");
        assertThat(rows(view)).hasSize(1);

        ProblemDialog dialog = openEditDialog(problems.myProblems().get(0).id());
        assertThat(dialog.form.url.getValue()).isEmpty();
    }

    private static Details pattern(String key) {
        return _get(Details.class, spec -> spec.withId("pattern-" + key));
    }

    private static String summary(Details pattern) {
        return pattern.getSummary().getElement().getTextRecursively();
    }

    private static Div builtIn(String key) {
        Button add = _find(Button.class, spec -> spec.withId("built-in-" + key)).stream().findFirst().orElse(null);
        if (add != null) {
            return (Div) add.getParent().orElseThrow();
        }
        return _find(Div.class, spec -> spec.withClasses("built-in-problem")).stream()
                .filter(row -> _find(row, Anchor.class).stream()
                        .anyMatch(link -> link.getHref().equals("https://leetcode.com/problems/" + key + "/")))
                .findFirst().orElseThrow();
    }

    private static List<Long> rowIds(ProblemsView view) {
        return rows(view).stream().map(row -> Long.parseLong(row.getId().orElseThrow().substring("problem-".length())))
                .toList();
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
