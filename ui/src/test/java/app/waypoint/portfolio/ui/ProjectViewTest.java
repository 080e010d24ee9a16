package app.waypoint.portfolio.ui;

import app.waypoint.account.ui.LoginView;
import app.waypoint.account.ui.RouteNotFoundView;
import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.CheckWithNote;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.portfolio.domain.ProjectStatus;
import app.waypoint.portfolio.domain.ResultDirection;
import app.waypoint.portfolio.domain.TaskStatus;
import app.waypoint.portfolio.service.ProjectBoardService;
import app.waypoint.portfolio.service.ProjectDetails;
import app.waypoint.portfolio.service.ProjectRecordsService;
import app.waypoint.portfolio.service.ProjectService;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ProjectViewTest extends KaribuTest {

    @Autowired ProjectService projectService;

    @Autowired ProjectRecordsService projectRecords;

    @Autowired ProjectBoardService projectBoard;

    @Test
    void anonymousVisitorsAreSentToLogin() {
        openBrowser();
        UI.getCurrent().navigate("projects");
        NavigatorKt.expectView(LoginView.class);
    }

    @Test
    void theEmptyStateOffersTheTemplatesAndOneTapStartsAPlan() {
        signUpAndLogIn("empty@example.com", Language.EN);
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("projects");

        _click(_get(Button.class, spec -> spec.withId("template-llm-chatbot")));

        NavigatorKt.expectView(ProjectView.class);
        ProjectView view = _get(ProjectView.class);
        assertThat(view.board.columns.get(TaskStatus.TODO).getElement().getTextRecursively()).contains("FastAPI");
        assertThat(projectService.myProjects()).hasSize(1);
    }

    @Test
    void aTaskMovesAcrossTheBoardAndAStaleMoveIsRefused() {
        signUpAndLogIn("board@example.com", Language.EN);
        long id = projectService.createFromTemplate("api-model-serving", Language.EN);
        ProjectView view = open(id);
        ProjectDetails.Task first = projectService.details(id).tasks().get(0);

        view.board.move(first, TaskStatus.DOING);
        assertThat(projectService.details(id).tasks().get(0).status()).isEqualTo(TaskStatus.DOING);

        view.board.move(first, TaskStatus.DONE); // the card this board showed is now out of date
        NotificationsKt.expectNotifications(
                "This task was moved meanwhile, in another tab or by a teammate; the board shows the latest state.");
        assertThat(projectService.details(id).tasks().get(0).status()).isEqualTo(TaskStatus.DOING);
    }

    @Test
    void aTaskSavedMeanwhileInAnotherSessionIsNotOverwrittenAndTheTypedTextStays() {
        signUpAndLogIn("tasks@example.com", Language.EN);
        long id = projectService.createFromTemplate("api-model-serving", Language.EN);
        open(id);
        ProjectDetails.Task task = projectService.details(id).tasks().get(0);
        TaskDialog dialog = new TaskDialog(projectBoard, projectService, projectService.details(id), task, () -> { });
        dialog.open();
        assertThat(dialog.assignee.getParent()).as("a personal project has nobody to assign").isEmpty();

        projectBoard.editTask(task.id(), "Saved in the other session", null, null, null, task.version());
        _setValue(dialog.title, "Typed here");
        _click(dialog.save);

        NotificationsKt.expectNotifications(
                "This task was changed meanwhile, in another tab or by a teammate. Your text is still here: "
                        + "save again to replace that version.");
        assertThat(dialog.title.getValue()).isEqualTo("Typed here");
        assertThat(projectService.details(id).tasks().get(0).title()).isEqualTo("Saved in the other session");
    }

    @Test
    void aResultSaysWhetherItGotBetterByWhichWayIsBetterForIt() {
        signUpAndLogIn("results@example.com", Language.EN);
        long id = projectService.createBlank("Model API");
        ProjectView view = open(id);

        addResult("p95 latency", "800", "200", "ms", null);
        addResult("Accuracy", "80", "60", "%", null);
        addResult("Queue length", "10", "20", "jobs", ResultDirection.LOWER_IS_BETTER);

        ProjectDetails.Result latency = projectService.details(id).results().get(0);
        assertThat(resultRow(view, 0)).contains("p95 latency: 800 → 200 ms", "-75% · better", "Lower is better");
        assertThat(trendBadge(view, 0).getElement().getThemeList()).contains("success");
        assertThat(resultRow(view, 1)).contains("Accuracy: 80 → 60 %", "-25% · worse", "Higher is better");
        assertThat(trendBadge(view, 1).getElement().getThemeList()).contains("error");
        assertThat(resultRow(view, 2)).contains("+100% · worse", "Lower is better");

        _click(_get(Button.class, spec -> spec.withId("result-direction-" + latency.id())));
        assertThat(resultRow(view, 0)).contains("-75% · worse", "Higher is better");
    }

    @SuppressWarnings("unchecked")
    private static void addResult(String metric, String before, String after, String unit,
                                  ResultDirection direction) {
        _setValue(_get(TextField.class, spec -> spec.withId("result-metric")), metric);
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("result-before")), new BigDecimal(before));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("result-after")), new BigDecimal(after));
        _setValue(_get(TextField.class, spec -> spec.withId("result-unit")), unit);
        Select<ResultDirection> better = _get(Select.class, spec -> spec.withId("result-direction"));
        assertThat(better.getValue()).as("the unit suggests which way is better")
                .isEqualTo(ResultDirection.suggestedFor(unit));
        if (direction != null) {
            _setValue(better, direction);
        }
        _click(_get(Button.class, spec -> spec.withId("result-add")));
    }

    private static String resultRow(ProjectView view, int index) {
        return _find(view, ListItem.class, spec -> spec.withClasses("result-row")).get(index).getElement()
                .getTextRecursively();
    }

    private static Span trendBadge(ProjectView view, int index) {
        return _get(_find(view, ListItem.class, spec -> spec.withClasses("result-row")).get(index), Span.class,
                spec -> spec.withClasses("result-trend"));
    }

    @Test
    void theCardShowsTheOverdueMilestoneAsNextAndThePageListsMilestonesByDate() {
        signUpAndLogIn("dates@example.com", Language.EN);
        long id = projectService.createBlank("Dated");
        projectRecords.addMilestone(id, "Demo day", LocalDate.of(2100, 6, 1));
        projectRecords.addMilestone(id, "Some day", null);
        projectRecords.addMilestone(id, "First draft", LocalDate.of(2000, 3, 1));
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("projects");

        assertThat(_get(Span.class, spec -> spec.withClasses("next-milestone")).getElement().getTextRecursively())
                .isEqualTo("Next: First draft (Mar 1, 2000) Overdue");

        UI.getCurrent().navigate(ProjectView.class, new RouteParameters("id", String.valueOf(id)));
        assertThat(_find(_get(ProjectView.class), Checkbox.class, spec -> spec.withClasses("milestone-done")))
                .extracting(Checkbox::getLabel).containsExactly("First draft", "Demo day", "Some day");
    }

    @Test
    void aStatusJumpFromAStaleTabIsExplainedAndTheStatusShownAsItIsNow() {
        signUpAndLogIn("status@example.com", Language.EN);
        long id = projectService.createBlank("Two tabs");
        projectService.changeStatus(id, ProjectStatus.PLANNED);
        projectService.changeStatus(id, ProjectStatus.IN_PROGRESS);
        ProjectView view = open(id);
        projectService.changeStatus(id, ProjectStatus.PLANNED); // the other tab moves it back twice
        projectService.changeStatus(id, ProjectStatus.IDEA);

        _click(_get(Button.class, spec -> spec.withId("status-DONE")));

        NotificationsKt.expectNotifications("A project moves one step at a time (idea → planned → in progress → done)."
                + " Its status now: Idea.");
        assertThat(view.statusBar.getElement().getTextRecursively()).startsWith("Idea").contains("Mark planned")
                .doesNotContain("Mark done");
        assertThat(projectService.details(id).status()).isEqualTo(ProjectStatus.IDEA);
    }

    @Test
    void aLongToDoColumnShowsThirtyTasksAndTheRestOnRequestWithTheNewTaskFieldLast() {
        signUpAndLogIn("many.tasks@example.com", Language.EN);
        long id = projectService.createBlank("Many tasks");
        for (int i = 1; i <= 35; i++) {
            projectBoard.addTask(id, "Task " + i);
        }
        ProjectView view = open(id);
        var toDo = view.board.columns.get(TaskStatus.TODO);
        assertThat(_find(toDo, com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("task-card")))
                .hasSize(30);

        _click(_get(toDo, Button.class, spec -> spec.withText("Show the other 5")));

        assertThat(_find(toDo, com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("task-card")))
                .hasSize(35);
        assertThat(_find(toDo, Button.class, spec -> spec.withClasses("show-more"))).isEmpty();
        assertThat(toDo.getElement().getChild(toDo.getElement().getChildCount() - 1).getClassList())
                .as("the new-task field stays at the end of the column").contains("evidence-add");
        assertThat(toDo.getElement().getTextRecursively()).startsWith("To do · 35");
    }

    @Test
    void deletingATaskAsksFirst() {
        signUpAndLogIn("delete@example.com", Language.EN);
        long id = projectService.createBlank("Tasks");
        projectBoard.addTask(id, "Write the Dockerfile");
        ProjectView view = open(id);
        ProjectDetails.Task task = projectService.details(id).tasks().get(0);

        view.board.delete(task);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(projectService.details(id).tasks()).as("nothing is deleted before the answer").hasSize(1);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));

        assertThat(projectService.details(id).tasks()).isEmpty();
        assertThat(_get(ProjectView.class).board.getElement().getTextRecursively()).doesNotContain("Write the Dockerfile");
    }

    @Test
    void whatIsTypedInTheOverviewSurvivesActionsElsewhereOnThePageAndThenSaves() {
        signUpAndLogIn("typing@example.com", Language.EN);
        long id = projectService.createFromTemplate("api-model-serving", Language.EN);
        ProjectView view = open(id);
        _setValue(view.title, "Typed, not saved");
        _setValue(view.summary, "A summary in progress");
        TextField newResult = _get(TextField.class, spec -> spec.withId("result-metric"));
        _setValue(newResult, "p95 lat");

        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("New milestone")), "Demo day");
        _click(_get(Button.class, spec -> spec.withId("milestone-add")));
        assertThat(projectService.details(id).milestones()).extracting(ProjectDetails.Milestone::title).contains("Demo day");
        view.board.move(projectService.details(id).tasks().get(0), TaskStatus.DOING);
        _setValue(view.board.newTask, "Load test");
        _click(view.board.addTask);
        _click(_get(Button.class, spec -> spec.withId("status-PLANNED")));
        _setValue(_find(view, Checkbox.class, spec -> spec.withClasses("milestone-done")).get(0), true);

        assertThat(view.title.getValue()).isEqualTo("Typed, not saved");
        assertThat(view.summary.getValue()).isEqualTo("A summary in progress");
        assertThat(newResult.getValue()).as("the results form was not touched either").isEqualTo("p95 lat");
        assertThat(view.board.columns.get(TaskStatus.DOING).getElement().getTextRecursively()).contains("Doing · 1");
        assertThat(view.statusBar.getElement().getTextRecursively()).startsWith("Planned");

        _click(view.saveOverview);
        NotificationsKt.expectNotifications("Project saved.");
        assertThat(projectService.details(id).title()).as("the person's own status change is no conflict")
                .isEqualTo("Typed, not saved");
    }

    @Test
    void badLinksAndDatesAreRefusedAtTheirFieldsWithoutLosingInput() {
        signUpAndLogIn("links@example.com", Language.EN);
        long id = projectService.createBlank("My API");
        ProjectView view = open(id);

        _setValue(view.repositoryUrl, "javascript:alert(1)");
        _setValue(view.startDate, LocalDate.of(2027, 1, 1));
        _setValue(view.targetDate, LocalDate.of(2026, 12, 1));
        _click(view.saveOverview);

        assertThat(view.repositoryUrl.getErrorMessage()).startsWith("Enter a full web address");
        assertThat(view.targetDate.getErrorMessage()).isEqualTo("The target date cannot come before the start date.");
        assertThat(view.repositoryUrl.getValue()).isEqualTo("javascript:alert(1)");
        assertThat(projectService.details(id).repositoryUrl()).isNull();
    }

    @Test
    void someoneElsesProjectIsNotFound() {
        signUpAndLogIn("owner@example.com", Language.EN);
        long id = projectService.createBlank("Private");
        signUpAndLogIn("visitor@example.com", Language.EN);
        openBrowser(Locale.ENGLISH);

        UI.getCurrent().navigate(ProjectView.class,
                new RouteParameters("id", String.valueOf(id)));
        NavigatorKt.expectView(RouteNotFoundView.class);
    }

    @Test
    void aFieldErrorGoesAwayOnceTheNextSaveSucceeds() {
        signUpAndLogIn("fixes@example.com", Language.EN);
        long id = projectService.createBlank("My API");
        ProjectView view = open(id);

        _setValue(view.repositoryUrl, "javascript:alert(1)");
        _setValue(view.startDate, LocalDate.of(2027, 1, 1));
        _setValue(view.targetDate, LocalDate.of(2026, 12, 1));
        _click(view.saveOverview);
        assertThat(view.repositoryUrl.isInvalid()).isTrue();
        assertThat(view.targetDate.isInvalid()).isTrue();

        _setValue(view.repositoryUrl, "https://github.com/me/my-api");
        _click(view.saveOverview);
        assertThat(view.repositoryUrl.isInvalid()).as("the link is fine now").isFalse();
        assertThat(view.targetDate.isInvalid()).as("the dates are still wrong").isTrue();

        _setValue(view.targetDate, LocalDate.of(2027, 6, 1));
        _click(view.saveOverview);
        assertThat(view.repositoryUrl.isInvalid()).isFalse();
        assertThat(view.targetDate.isInvalid()).isFalse();
        assertThat(view.targetDate.getErrorMessage()).isNullOrEmpty();
        assertThat(projectService.details(id).repositoryUrl()).isEqualTo("https://github.com/me/my-api");
    }

    @Test
    void aKoreanBoardMovesTasksWithTheRightParticle() {
        signUpAndLogIn("board-ko@example.com", Language.KO);
        long id = projectService.createFromTemplate("api-model-serving", Language.KO);
        openBrowser(Locale.KOREAN);
        UI.getCurrent().navigate(ProjectView.class, new RouteParameters("id", String.valueOf(id)));

        _get(ProjectView.class).board.move(projectService.details(id).tasks().get(0), TaskStatus.DOING);

        assertThat(_find(_get(ProjectView.class).board, MenuItem.class)).extracting(MenuItem::getText)
                .contains("진행 중으로 옮기기", "완료로 옮기기", "할 일로 옮기기")
                .noneMatch(text -> text.contains("(으)로"));
    }

    @Test
    void aTickRefusedBecauseTheProjectWasArchivedInAnotherTabDoesNotStayTicked() {
        signUpAndLogIn("archived-tick@example.com", Language.EN);
        long id = projectService.createBlank("Archived meanwhile");
        ProjectView view = open(id);
        projectService.changeStatus(id, ProjectStatus.ARCHIVED);

        Checkbox tick = _get(_find(view, CheckWithNote.class).get(0), Checkbox.class);
        _setValue(tick, true);

        NotificationsKt.expectNotifications("This project is archived. Restore it as an idea to change it.");
        assertThat(tick.getValue()).as("back as it is saved").isFalse();
        assertThat(projectService.details(id).componentsDone()).isZero();
    }

    private ProjectView open(long id) {
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate(ProjectView.class, new RouteParameters("id", String.valueOf(id)));
        return _get(ProjectView.class);
    }
}
