package app.waypoint.portfolio.service;

import app.waypoint.StatementCounter;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.base.domain.Language;
import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.portfolio.domain.ProjectStatus;
import app.waypoint.portfolio.domain.TaskStatus;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cards ordered within and across the board's columns: dropped before another card, or moved up and down. */
@SpringBootTest
class BoardOrderTest {

    @Autowired ProjectService projectService;
    @Autowired ProjectBoardService projectBoard;
    @Autowired AccountFixtures accounts;
    @Autowired TestDatabase database;
    @Autowired StatementCounter statements;
    @Autowired JdbcTemplate jdbc;

    long project;
    /** The template's twelve tasks, all to do, by their titles' order on the board. */
    List<ProjectDetails.Task> seen;

    @BeforeEach
    void aPlanOfTwelveTasks() {
        database.reset();
        accounts.signUpAndLogIn("orderer@example.com");
        project = projectService.createFromTemplate("api-model-serving", Language.EN);
        seen = projectService.details(project).tasks();
        assertThat(seen).hasSize(12).allMatch(task -> task.status() == TaskStatus.TODO);
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    @Test
    void aCardDroppedOnAnotherGoesBeforeItInItsColumnAndBothColumnsAreNumberedAnew() {
        ProjectDetails.Task a = seen.get(0);
        ProjectDetails.Task b = seen.get(1);
        ProjectDetails.Task c = seen.get(2);
        ProjectDetails.Task last = seen.get(11);

        projectBoard.moveTask(b.id(), TaskStatus.DOING, null, b.version());   // an empty column's area: last
        projectBoard.moveTask(c.id(), TaskStatus.DOING, b.id(), c.version()); // dropped on b: before it
        BoardPlaces after = projectBoard.moveTask(last.id(), TaskStatus.TODO, a.id(), last.version());

        assertThat(titles(TaskStatus.DOING)).containsExactly(c.title(), b.title());
        assertThat(titles(TaskStatus.TODO)).first().isEqualTo(last.title());
        assertThat(titles(TaskStatus.TODO)).element(1).isEqualTo(a.title());
        assertThat(titles(TaskStatus.TODO)).hasSize(10).doesNotContain(b.title(), c.title());
        for (TaskStatus status : TaskStatus.values()) {
            assertThat(positions(status)).as("%s numbered from 0 without gaps", status)
                    .containsExactlyElementsOf(java.util.stream.IntStream.range(0, positions(status).size())
                            .boxed().toList());
        }
        Map<Long, ProjectDetails.Task> now = byId(projectService.details(project).tasks());
        assertThat(after.column(TaskStatus.DOING)).extracting(BoardPlaces.Place::taskId).containsExactly(c.id(), b.id());
        assertThat(after.column(TaskStatus.TODO)).extracting(BoardPlaces.Place::taskId).startsWith(last.id(), a.id())
                .hasSize(10);
        assertThat(after.columns().values()).allSatisfy(column -> assertThat(column).allSatisfy(place ->
                assertThat(place.version()).as("the version a screen moves it from next")
                        .isEqualTo(now.get(place.taskId()).version())));
        assertThat(now.get(a.id()).version()).as("a card numbered anew around a move is not changed itself")
                .isEqualTo(a.version());
        assertThat(now.get(last.id()).version()).as("the card moved is").isGreaterThan(last.version());
    }

    @Test
    void aCardMovesUpAndDownOnePlaceAndTheEndsStayWhereTheyAre() {
        ProjectDetails.Task first = seen.get(0);
        ProjectDetails.Task second = seen.get(1);
        ProjectDetails.Task last = seen.get(11);
        String before = everyTask();

        projectBoard.moveTaskUp(first.id(), first.version());
        projectBoard.moveTaskDown(last.id(), last.version());
        assertThat(everyTask()).as("the first card stays first, the last one last, and nothing changes")
                .isEqualTo(before);

        BoardPlaces down = projectBoard.moveTaskDown(first.id(), first.version());
        assertThat(titles(TaskStatus.TODO)).startsWith(second.title(), first.title());
        long moved = down.column(TaskStatus.TODO).get(1).version();
        projectBoard.moveTaskDown(first.id(), moved);
        assertThat(titles(TaskStatus.TODO)).startsWith(second.title(), seen.get(2).title(), first.title());

        ProjectDetails.Task third = byId(projectService.details(project).tasks()).get(first.id());
        projectBoard.moveTaskUp(third.id(), third.version());
        assertThat(titles(TaskStatus.TODO)).startsWith(second.title(), first.title(), seen.get(2).title());
        assertThat(positions(TaskStatus.TODO)).startsWith(0, 1, 2).hasSize(12);
    }

    @Test
    void aMoveFromAStaleVersionOrOntoACardThatLeftTheColumnIsRefusedAndNothingChanges() {
        ProjectDetails.Task a = seen.get(0);
        ProjectDetails.Task b = seen.get(1);
        projectBoard.moveTaskDown(a.id(), a.version());   // another tab moves it first
        String before = everyTask();

        assertStale(() -> projectBoard.moveTaskDown(a.id(), a.version()));
        assertStale(() -> projectBoard.moveTaskUp(a.id(), a.version()));
        assertStale(() -> projectBoard.moveTask(a.id(), TaskStatus.DONE, null, a.version()));
        projectBoard.moveTask(b.id(), TaskStatus.DONE, null, b.version());
        String afterOtherMove = everyTask();
        ProjectDetails.Task c = seen.get(2);
        assertStale(() -> projectBoard.moveTask(c.id(), TaskStatus.TODO, b.id(), c.version()));

        assertThat(afterOtherMove).isNotEqualTo(before);
        assertThat(everyTask()).as("the refused moves changed nothing").isEqualTo(afterOtherMove);
    }

    @Test
    void anotherPersonCannotOrderTheBoardAndNothingChanges() {
        ProjectDetails.Task a = seen.get(0);
        ProjectDetails.Task b = seen.get(1);
        String before = everyTask();

        accounts.signUpAndLogIn("stranger@example.com");
        assertNotFound(() -> projectBoard.moveTask(b.id(), TaskStatus.TODO, a.id(), b.version()));
        assertNotFound(() -> projectBoard.moveTaskUp(b.id(), b.version()));
        assertNotFound(() -> projectBoard.moveTaskDown(a.id(), a.version()));

        assertThat(everyTask()).isEqualTo(before);
    }

    @Test
    void anArchivedBoardCannotBeOrdered() {
        ProjectDetails.Task a = seen.get(0);
        ProjectDetails.Task b = seen.get(1);
        projectService.changeStatus(project, ProjectStatus.ARCHIVED);
        String before = everyTask();

        for (ThrowingCallable move : List.<ThrowingCallable>of(
                () -> projectBoard.moveTask(b.id(), TaskStatus.TODO, a.id(), b.version()),
                () -> projectBoard.moveTaskUp(b.id(), b.version()),
                () -> projectBoard.moveTaskUp(a.id(), a.version()),   // even one that would change nothing
                () -> projectBoard.moveTaskDown(a.id(), a.version()))) {
            assertThatThrownBy(move).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                    .containsExactly(new FieldProblem("status", "project.archived")));
        }
        assertThat(everyTask()).isEqualTo(before);
    }

    @Test
    void aNewTaskGoesLastInToDoEvenAfterCardsWereDeletedAndMoved() {
        for (int i = 0; i < 5; i++) {
            projectBoard.deleteTask(seen.get(i).id());
        }
        ProjectDetails.Task kept = seen.get(11);
        projectBoard.moveTaskUp(kept.id(), kept.version());

        projectBoard.addTask(project, "Added last");

        assertThat(titles(TaskStatus.TODO)).last().isEqualTo("Added last");
    }

    @Test
    void aMoveReadsTheSameStatementsForTwelveOrOneHundredTasksAndNotTheWholeProject() {
        int forTwelve = readsOfAMove(project);
        long big = projectService.createFromTemplate("api-model-serving", Language.EN);
        for (int i = 0; i < 88; i++) {
            projectBoard.addTask(big, "Extra " + i);
        }

        int forHundred = readsOfAMove(big);

        assertThat(forHundred).as(statements.statements().toString()).isEqualTo(forTwelve).isLessThanOrEqualTo(4);
        assertThat(statements.statements()).noneMatch(sql -> sql.contains("project_milestone")
                || sql.contains("project_result") || sql.contains("project_skill"));
    }

    private int readsOfAMove(long projectId) {
        List<ProjectDetails.Task> tasks = projectService.details(projectId).tasks();
        ProjectDetails.Task moved = tasks.get(tasks.size() - 1);
        statements.reset();
        projectBoard.moveTask(moved.id(), TaskStatus.TODO, tasks.get(0).id(), moved.version());
        return (int) statements.statements().stream().filter(sql -> sql.strip().toLowerCase().startsWith("select"))
                .count();
    }

    private static void assertStale(ThrowingCallable move) {
        assertThatThrownBy(move).isInstanceOf(ConcurrentEditException.class);
    }

    private static void assertNotFound(ThrowingCallable move) {
        assertThatThrownBy(move).isInstanceOf(NotFoundException.class);
    }

    private List<String> titles(TaskStatus status) {
        return projectService.details(project).tasks().stream().filter(task -> task.status() == status)
                .map(ProjectDetails.Task::title).toList();
    }

    private List<Integer> positions(TaskStatus status) {
        return jdbc.queryForList("select position from project_task where project_id = ? and status = ?"
                + " order by position, id", Integer.class, project, status.name());
    }

    /** Every task row of the project, to show that nothing changed. */
    private String everyTask() {
        return jdbc.queryForList("select * from project_task where project_id = ? order by id", project).toString();
    }

    private static Map<Long, ProjectDetails.Task> byId(List<ProjectDetails.Task> tasks) {
        return tasks.stream().collect(Collectors.toMap(ProjectDetails.Task::id, Function.identity()));
    }
}
