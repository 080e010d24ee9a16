package app.waypoint.portfolio.ui;

import app.waypoint.StatementCounter;
import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.portfolio.domain.ProjectStatus;
import app.waypoint.portfolio.domain.TaskStatus;
import app.waypoint.portfolio.service.ProjectBoardService;
import app.waypoint.portfolio.service.ProjectDetails;
import app.waypoint.portfolio.service.ProjectRecordsService;
import app.waypoint.portfolio.service.ProjectService;
import app.waypoint.portfolio.service.ProjectTemplates;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.dnd.DragStartEvent;
import com.vaadin.flow.component.dnd.DropEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board's order within a column (the card's menu, and dragging onto a card or a column), the phone's column
 * switcher with its counts, and the question asked before a project with open work is marked done.
 */
class ProjectBoardTest extends KaribuTest {

    @Autowired ProjectService projectService;
    @Autowired ProjectBoardService projectBoard;
    @Autowired ProjectRecordsService projectRecords;
    @Autowired ProjectTemplates templates;
    @Autowired StatementCounter statements;

    @Test
    void theMenuMovesACardUpAndDownAndOnlyThatCardIsShownAnew() {
        signUpAndLogIn("menu@example.com", Language.EN);
        long id = projectService.createFromTemplate("api-model-serving", Language.EN);
        List<ProjectDetails.Task> tasks = projectService.details(id).tasks();
        ProjectView view = open(id, Locale.ENGLISH);
        ProjectBoard board = view.board;
        Component second = board.cardOf(tasks.get(1).id()).orElseThrow();
        Component third = board.cardOf(tasks.get(2).id()).orElseThrow();
        assertThat(menuEntries(board, tasks.get(0))).as("the first card has nowhere up to go")
                .contains("Move down", "Move to Doing").doesNotContain("Move up");
        assertThat(menuEntries(board, tasks.get(11))).contains("Move up").doesNotContain("Move down");

        statements.reset();
        ContextMenuKt._clickItemWithCaption(menu(board, tasks.get(0)), "Move down");

        assertThat(statements.statements()).as("the project is not read again whole")
                .noneMatch(sql -> sql.contains("project_milestone") || sql.contains("project_result")
                        || sql.contains("project_component") || sql.contains("project_skill"));
        assertThat(shownOrder(board, TaskStatus.TODO)).startsWith(tasks.get(1).id(), tasks.get(0).id(), tasks.get(2).id());
        assertThat(serviceOrder(id, TaskStatus.TODO)).startsWith(tasks.get(1).id(), tasks.get(0).id(), tasks.get(2).id());
        assertThat(view.board).as("the board itself stays").isSameAs(board);
        assertThat(board.cardOf(tasks.get(1).id())).as("a card that only slid up is not made anew").containsSame(second);
        assertThat(board.cardOf(tasks.get(2).id())).containsSame(third);
        assertThat(menuEntries(board, tasks.get(1))).as("now first").doesNotContain("Move up");
        assertThat(menuEntries(board, tasks.get(0))).as("now second").contains("Move up", "Move down");

        ContextMenuKt._clickItemWithCaption(menu(board, tasks.get(0)), "Move up");
        assertThat(shownOrder(board, TaskStatus.TODO)).startsWith(tasks.get(0).id(), tasks.get(1).id());

        ContextMenuKt._clickItemWithCaption(menu(board, tasks.get(0)), "Move down");   // from the version shown now
        ContextMenuKt._clickItemWithCaption(menu(board, tasks.get(0)), "Move down");
        assertThat(serviceOrder(id, TaskStatus.TODO)).startsWith(tasks.get(1).id(), tasks.get(2).id(), tasks.get(0).id());
        assertThat(shownOrder(board, TaskStatus.TODO)).isEqualTo(serviceOrder(id, TaskStatus.TODO));
        NotificationsKt.expectNoNotifications();
    }

    @Test
    void aCardDroppedOnAnotherGoesBeforeItAndOneDroppedOnAColumnGoesLast() {
        signUpAndLogIn("drag@example.com", Language.EN);
        long id = projectService.createFromTemplate("api-model-serving", Language.EN);
        List<ProjectDetails.Task> tasks = projectService.details(id).tasks();
        ProjectBoard board = open(id, Locale.ENGLISH).board;

        drag(board, tasks.get(5), board.columns.get(TaskStatus.DOING));
        drag(board, tasks.get(7), board.columns.get(TaskStatus.DOING));
        drag(board, tasks.get(9), board.cardOf(tasks.get(5).id()).orElseThrow());   // before the first of Doing
        drag(board, tasks.get(11), board.cardOf(tasks.get(0).id()).orElseThrow());  // to the top of To do
        drag(board, tasks.get(1), board.cardOf(tasks.get(1).id()).orElseThrow());   // onto itself: stays

        assertThat(shownOrder(board, TaskStatus.DOING)).containsExactly(tasks.get(9).id(), tasks.get(5).id(),
                tasks.get(7).id());
        assertThat(serviceOrder(id, TaskStatus.DOING)).isEqualTo(shownOrder(board, TaskStatus.DOING));
        assertThat(shownOrder(board, TaskStatus.TODO)).startsWith(tasks.get(11).id(), tasks.get(0).id(),
                tasks.get(1).id()).hasSize(9).isEqualTo(serviceOrder(id, TaskStatus.TODO));
        assertThat(board.columns.get(TaskStatus.DOING).getElement().getTextRecursively()).startsWith("Doing · 3");
        NotificationsKt.expectNoNotifications();
    }

    @Test
    void aMoveOnABoardSomeoneElseChangedShowsTheBoardAsItIsNow() {
        signUpAndLogIn("two-tabs@example.com", Language.EN);
        long id = projectService.createFromTemplate("api-model-serving", Language.EN);
        List<ProjectDetails.Task> tasks = projectService.details(id).tasks();
        ProjectView view = open(id, Locale.ENGLISH);
        ProjectBoard board = view.board;
        projectBoard.addTask(id, "Added in the other tab");

        ContextMenuKt._clickItemWithCaption(menu(board, tasks.get(3)), "Move up");

        assertThat(view.board).as("shown anew").isNotSameAs(board);
        assertThat(view.board.columns.get(TaskStatus.TODO).getElement().getTextRecursively())
                .contains("Added in the other tab").startsWith("To do · 13");
        assertThat(shownOrder(view.board, TaskStatus.TODO)).isEqualTo(serviceOrder(id, TaskStatus.TODO));

        ProjectDetails.Task stale = tasks.get(0);
        projectBoard.moveTaskDown(stale.id(), stale.version());   // the other tab moves it first
        ContextMenuKt._clickItemWithCaption(menu(view.board, stale), "Move to Done");
        NotificationsKt.expectNotifications(
                "This task was moved meanwhile, in another tab or by a teammate; the board shows the latest state.");
        assertThat(serviceOrder(id, TaskStatus.DONE)).isEmpty();
    }

    @Test
    void onAPhoneOneColumnIsShownAndTheSwitcherCountsFollowAddsMovesAndDeletes() {
        signUpAndLogIn("switcher@example.com", Language.KO);
        long id = projectService.createFromTemplate("api-model-serving", Language.KO);
        List<ProjectDetails.Task> tasks = projectService.details(id).tasks();
        ProjectView view = open(id, Locale.KOREAN);
        assertThat(switcherTexts(view.board)).containsExactly("할 일 12", "진행 중 0", "완료 0");
        assertThat(view.board.getElement().getClassList()).contains("board", "shows-todo");
        assertThat(view.board.switcher.get(TaskStatus.TODO).getElement().getAttribute("aria-pressed")).isEqualTo("true");

        view.board.move(tasks.get(0), TaskStatus.DOING);
        view.board.move(tasks.get(1), TaskStatus.DONE);
        view.board.move(tasks.get(2), TaskStatus.DONE);
        assertThat(switcherTexts(view.board)).containsExactly("할 일 9", "진행 중 1", "완료 2");

        _click(view.board.switcher.get(TaskStatus.DONE));
        assertThat(view.board.getElement().getClassList()).contains("shows-done").doesNotContain("shows-todo");
        assertThat(view.board.chosen()).isEqualTo(TaskStatus.DONE);
        assertThat(view.board.switcher.get(TaskStatus.DONE).getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(view.board.switcher.get(TaskStatus.TODO).getElement().getAttribute("aria-pressed")).isEqualTo("false");

        _setValue(view.board.newTask, "부하 테스트");
        _click(view.board.addTask);
        assertThat(switcherTexts(view.board)).containsExactly("할 일 10", "진행 중 1", "완료 2");
        assertThat(view.board.chosen()).as("the column picked stays picked when the board is shown anew")
                .isEqualTo(TaskStatus.DONE);

        view.board.delete(tasks.get(1));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        assertThat(switcherTexts(view.board)).containsExactly("할 일 10", "진행 중 1", "완료 1");
        assertThat(view.board.columns.get(TaskStatus.DONE).getElement().getTextRecursively()).startsWith("완료 · 1");
    }

    @Test
    void markingAProjectWithOpenWorkDoneAsksFirstAndCancellingChangesNothing() {
        signUpAndLogIn("done-open@example.com", Language.EN);
        long id = projectService.createFromTemplate("api-model-serving", Language.EN);
        List<ProjectDetails.Task> tasks = projectService.details(id).tasks();
        projectBoard.moveTask(tasks.get(0).id(), TaskStatus.DONE, null, tasks.get(0).version());
        projectRecords.checkComponent(id, "security", true, null);
        projectService.changeStatus(id, ProjectStatus.PLANNED);
        projectService.changeStatus(id, ProjectStatus.IN_PROGRESS);
        ProjectView view = open(id, Locale.ENGLISH);

        _click(_get(Button.class, spec -> spec.withId("status-DONE")));
        ConfirmDialog ask = _get(ConfirmDialog.class);
        assertThat(ask.getElement().getProperty("header")).isEqualTo("Mark done with work still open?");
        assertThat(ask.getElement().getProperty("message")).startsWith(
                "11 tasks are not done and 7 components are not checked. Mark the project done anyway? They stay as"
                        + " they are;");
        assertThat(projectService.details(id).status()).as("nothing changes before the answer")
                .isEqualTo(ProjectStatus.IN_PROGRESS);
        ComponentUtil.fireEvent(ask, new ConfirmDialog.CancelEvent(ask, true));
        assertThat(projectService.details(id).status()).isEqualTo(ProjectStatus.IN_PROGRESS);
        assertThat(view.statusBar.getElement().getTextRecursively()).startsWith("In progress");

        _click(_get(Button.class, spec -> spec.withId("status-DONE")));
        ConfirmDialog again = _find(ConfirmDialog.class).getLast();
        ComponentUtil.fireEvent(again, new ConfirmDialog.ConfirmEvent(again, true));

        assertThat(projectService.details(id).status()).isEqualTo(ProjectStatus.DONE);
        assertThat(view.statusBar.getElement().getTextRecursively()).startsWith("Done");
        assertThat(projectService.details(id).tasks()).as("the open tasks stay as they are")
                .filteredOn(task -> task.status() != TaskStatus.DONE).hasSize(11);
        assertThat(projectService.details(id).componentsDone()).isEqualTo(1);
    }

    @Test
    void markingAProjectWithNothingOpenDoneGoesStraightThrough() {
        signUpAndLogIn("done-clean@example.com", Language.KO);
        long id = projectService.createBlank("다 끝난 프로젝트");
        projectBoard.addTask(id, "마지막 작업");
        ProjectDetails.Task task = projectService.details(id).tasks().get(0);
        projectBoard.moveTask(task.id(), TaskStatus.DONE, null, task.version());
        templates.components().forEach(component -> projectRecords.checkComponent(id, component.key(), true, null));
        projectService.changeStatus(id, ProjectStatus.PLANNED);
        projectService.changeStatus(id, ProjectStatus.IN_PROGRESS);
        open(id, Locale.KOREAN);

        _click(_get(Button.class, spec -> spec.withId("status-DONE")));

        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(projectService.details(id).status()).isEqualTo(ProjectStatus.DONE);
    }

    @Test
    void theKoreanQuestionCountsWhatIsOpen() {
        signUpAndLogIn("done-ko@example.com", Language.KO);
        long id = projectService.createBlank("구성 요소만 남은 프로젝트");
        projectService.changeStatus(id, ProjectStatus.PLANNED);
        projectService.changeStatus(id, ProjectStatus.IN_PROGRESS);
        open(id, Locale.KOREAN);

        _click(_get(Button.class, spec -> spec.withId("status-DONE")));

        assertThat(_get(ConfirmDialog.class).getElement().getProperty("message"))
                .startsWith("작업은 모두 완료했고, 체크하지 않은 구성 요소가 8개 있습니다. 그래도 프로젝트를 완료로 표시할까요?");
    }

    /** Drags a task's card and drops it on {@code target}, as the browser reports it. */
    private static void drag(ProjectBoard board, ProjectDetails.Task task, Component target) {
        Component card = board.cardOf(task.id()).orElseThrow();
        ComponentUtil.fireEvent(card, new DragStartEvent<>(card, true));
        ComponentUtil.fireEvent(target, new DropEvent<>(target, true, "all"));
    }

    private static MenuBar menu(ProjectBoard board, ProjectDetails.Task task) {
        return _get(board.cardOf(task.id()).orElseThrow(), MenuBar.class);
    }

    /** The entries of the card's menu a person can see. */
    private static List<String> menuEntries(ProjectBoard board, ProjectDetails.Task task) {
        return _find(board.cardOf(task.id()).orElseThrow(), MenuItem.class).stream().filter(Component::isVisible)
                .map(MenuItem::getText).toList();
    }

    private static List<Long> shownOrder(ProjectBoard board, TaskStatus status) {
        return _find(board.columns.get(status), Div.class, spec -> spec.withClasses("task-card")).stream()
                .map(card -> ((ProjectDetails.Task) ComponentUtil.getData(card, ProjectDetails.Task.class)).id())
                .toList();
    }

    private List<Long> serviceOrder(long id, TaskStatus status) {
        return projectService.details(id).tasks().stream().filter(task -> task.status() == status)
                .map(ProjectDetails.Task::id).toList();
    }

    private static List<String> switcherTexts(ProjectBoard board) {
        return board.switcher.values().stream().map(Button::getText).toList();
    }

    private ProjectView open(long id, Locale locale) {
        openBrowser(locale);
        UI.getCurrent().navigate(ProjectView.class, new RouteParameters("id", String.valueOf(id)));
        return _get(ProjectView.class);
    }
}
