package app.waypoint.portfolio.service;

import app.waypoint.StatementCounter;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.domain.Language;
import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotAllowedException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.group.service.GroupService;
import app.waypoint.portfolio.domain.ProjectStatus;
import app.waypoint.portfolio.domain.ResultDirection;
import app.waypoint.portfolio.domain.TaskStatus;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

@SpringBootTest
class TeamProjectServiceTest {

    static final String LEAD = "lead@example.com";
    static final String MATE = "mate@example.com";
    static final String OUTSIDER = "outsider@example.com";

    @Autowired TeamProjectService teamProjects;

    @Autowired ProjectRecordsService projectRecords;

    @Autowired ProjectBoardService projectBoard;
    @Autowired ProjectService projectService;
    @Autowired GroupService groups;
    @Autowired AccountFixtures accounts;
    @Autowired CurrentUser currentUser;
    @Autowired TestDatabase database;
    @Autowired StatementCounter statements;
    @Autowired JdbcTemplate jdbc;

    long groupId;
    long lead;
    long mate;
    long outsider;

    /** A group of two (the lead who made it and a mate who joined by invite) and someone from outside. */
    @BeforeEach
    void aGroupOfTwoAndAnOutsider() {
        database.reset();
        lead = signUp(LEAD);
        groupId = groups.create("RAG 스터디", null);
        String code = groups.details(groupId).invite().code();
        mate = signUp(MATE);
        groups.join(code);
        outsider = signUp(OUTSIDER);
        as(LEAD);
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    @Test
    void theGroupsPageListsItsTeamProjectsWithTasksDoneAndNoOtherGroupsOrOwnProjects() {
        long blank = teamProjects.createBlank(groupId, "Vector search demo");
        projectBoard.addTask(blank, "Pick an index");
        projectBoard.addTask(blank, "Benchmark recall");
        ProjectDetails.Task first = projectService.details(blank).tasks().get(0);
        projectBoard.moveTask(first.id(), TaskStatus.DONE, null, first.version());
        projectService.createBlank("My own project");
        long otherGroup = groups.create("Another study", null);
        teamProjects.createBlank(otherGroup, "Not this group's");

        as(MATE);
        assertThat(groups.teamProjectLines(groupId)).singleElement().satisfies(line -> {
            assertThat(line.id()).isEqualTo(blank);
            assertThat(line.title()).isEqualTo("Vector search demo");
            assertThat(line.status()).isEqualTo("IDEA");
            assertThat(line.tasksDone()).isEqualTo(1);
            assertThat(line.tasks()).isEqualTo(2);
        });
        as(OUTSIDER);
        assertThatThrownBy(() -> groups.teamProjectLines(groupId)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aMemberStartsATeamProjectAndAnotherMemberWorksOnIt() {
        long id = teamProjects.createFromTemplate(groupId, "llm-chatbot", Language.EN);

        as(MATE);
        assertThat(projectService.myProjects()).singleElement().satisfies(card -> {
            assertThat(card.id()).isEqualTo(id);
            assertThat(card.groupName()).isEqualTo("RAG 스터디");
            assertThat(card.tasksTotal()).isEqualTo(12);
        });
        assertThat(projectService.projectTitles()).containsOnlyKeys(id);
        ProjectDetails seen = projectService.details(id);
        assertThat(seen.team().groupName()).isEqualTo("RAG 스터디");
        assertThat(seen.team().members()).extracting(ProjectDetails.Member::displayName).containsExactly("lead", "mate");

        projectService.updateOverview(id, new ProjectOverview("Team chatbot", "Built together", null, null,
                "https://github.com/rag-study/chatbot", null, null, seen.version()));
        projectBoard.addTask(id, "Load test the API");
        ProjectDetails.Task first = seen.tasks().get(0);
        projectBoard.moveTask(first.id(), TaskStatus.DOING, null, first.version());
        long moved = projectService.details(id).tasks().get(0).version();
        projectBoard.assignTask(first.id(), lead, moved);

        as(LEAD);
        ProjectDetails worked = projectService.details(id);
        assertThat(worked.title()).isEqualTo("Team chatbot");
        assertThat(worked.tasks()).hasSize(13).extracting(ProjectDetails.Task::title).contains("Load test the API");
        assertThat(worked.tasks().get(0)).satisfies(task -> {
            assertThat(task.status()).isEqualTo(TaskStatus.DOING);
            assertThat(task.assigneeId()).isEqualTo(lead);
            assertThat(task.assignee()).isEqualTo("lead");
        });
    }

    @Test
    void aBlankTeamProjectNeedsATitleAndPersonalProjectsStayPersonal() {
        assertThatThrownBy(() -> teamProjects.createBlank(groupId, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("title", "project.title.required")));
        long team = teamProjects.createBlank(groupId, "Team API");
        long own = projectService.createBlank("Lead's own");

        assertThat(projectService.details(own).isTeamProject()).isFalse();
        as(MATE);
        assertThat(projectService.myProjects()).extracting(ProjectCard::id).containsExactly(team);
        assertThatThrownBy(() -> projectService.details(own)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anOutsiderAndForgedIdsFindNothingAndChangeNothing() {
        long id = teamProjects.createFromTemplate(groupId, "api-model-serving", Language.EN);
        projectRecords.addResult(id, "p95 latency", new BigDecimal("850"), new BigDecimal("120"), "ms", null);
        ProjectDetails project = projectService.details(id);
        ProjectDetails.Task task = project.tasks().get(0);
        long milestone = project.milestones().get(0).id();
        long result = project.results().get(0).id();
        String before = everythingAbout(id);

        as(OUTSIDER);
        assertThat(projectService.myProjects()).isEmpty();
        assertThat(projectService.projectTitles()).isEmpty();
        assertEveryOperationIsNotFound(id, task, milestone, result);
        assertNotFound(() -> teamProjects.createBlank(groupId, "Sneaking in"));
        assertNotFound(() -> teamProjects.createFromTemplate(groupId, "llm-chatbot", Language.EN));

        as(MATE);
        long forged = id + 1000;
        assertEveryOperationIsNotFound(forged, new ProjectDetails.Task(task.id() + 1000, task.title(), null, null,
                TaskStatus.TODO, 0, null, task.version(), null, null), milestone + 1000, result + 1000);
        assertNotFound(() -> teamProjects.createBlank(groupId + 1000, "No such group"));

        assertThat(everythingAbout(id)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from project", Long.class)).isEqualTo(1);
    }

    @Test
    void aMemberWhoLeavesLosesAccessAndNoLongerShowsOnTheirTasks() {
        long id = teamProjects.createBlank(groupId, "Team API");
        projectBoard.addTask(id, "Write the Dockerfile");
        ProjectDetails.Task task = projectService.details(id).tasks().get(0);
        projectBoard.assignTask(task.id(), mate, task.version());

        as(MATE);
        groups.leave(groupId);
        assertThat(projectService.myProjects()).isEmpty();
        assertNotFound(() -> projectService.details(id));
        assertNotFound(() -> projectBoard.addTask(id, "Still here?"));

        as(LEAD);
        ProjectDetails.Task left = projectService.details(id).tasks().get(0);
        assertThat(left.assigneeId()).isNull();
        assertThat(left.assignee()).isNull();
        assertThat(projectService.details(id).team().members()).extracting(ProjectDetails.Member::accountId)
                .containsExactly(lead);
    }

    @Test
    void onlyCurrentMembersAreAssignedAndOnlyOnTeamProjects() {
        long id = teamProjects.createBlank(groupId, "Team API");
        projectBoard.addTask(id, "Write the Dockerfile");
        ProjectDetails.Task task = projectService.details(id).tasks().get(0);

        assertThat(assigneeProblem(() -> projectBoard.assignTask(task.id(), outsider, task.version())))
                .isEqualTo("team.assignee.not-member");
        assertThat(assigneeProblem(() -> projectBoard.assignTask(task.id(), outsider + 1000, task.version())))
                .isEqualTo("team.assignee.not-member");
        assertThat(projectService.details(id).tasks().get(0).version()).isEqualTo(task.version());

        long assigned = projectBoard.assignTask(task.id(), mate, task.version());
        assertThat(projectService.details(id).tasks().get(0).assignee()).isEqualTo("mate");
        projectBoard.assignTask(task.id(), null, assigned);
        assertThat(projectService.details(id).tasks().get(0).assigneeId()).isNull();

        long own = projectService.createBlank("Lead's own");
        projectBoard.addTask(own, "Solo task");
        ProjectDetails.Task solo = projectService.details(own).tasks().get(0);
        assertThat(assigneeProblem(() -> projectBoard.assignTask(solo.id(), lead, solo.version())))
                .isEqualTo("team.assignee.own-project");
        assertThat(assigneeProblem(() -> projectBoard.editTask(solo.id(), "Renamed", null, null, lead,
                solo.version()))).isEqualTo("team.assignee.own-project");
        assertThat(projectService.details(own).tasks().get(0).title()).as("nothing of the refused edit is saved")
                .isEqualTo("Solo task");
        projectBoard.editTask(solo.id(), "Renamed", null, null, null, solo.version());
        assertThat(projectService.details(own).tasks().get(0).title()).isEqualTo("Renamed");
    }

    @Test
    void twoMembersEditingOneTaskCannotOverwriteEachOther() {
        long id = teamProjects.createFromTemplate(groupId, "llm-chatbot", Language.EN);
        ProjectDetails.Task seenByBoth = projectService.details(id).tasks().get(0);

        projectBoard.editTask(seenByBoth.id(), "The lead's title", "The lead's notes", null, null, seenByBoth.version());
        as(MATE);
        assertThatThrownBy(() -> projectBoard.editTask(seenByBoth.id(), "The mate's title", null, null, null,
                seenByBoth.version())).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> projectBoard.assignTask(seenByBoth.id(), mate, seenByBoth.version()))
                .isInstanceOf(ConcurrentEditException.class);

        ProjectDetails.Task kept = projectService.details(id).tasks().get(0);
        assertThat(kept.title()).isEqualTo("The lead's title");
        assertThat(kept.notes()).isEqualTo("The lead's notes");
        assertThat(kept.assigneeId()).isNull();
    }

    @Test
    void textAndAssigneeAreSavedTogetherOrNotAtAll() {
        long id = teamProjects.createBlank(groupId, "Team API");
        projectBoard.addTask(id, "Write the Dockerfile");
        ProjectDetails.Task task = projectService.details(id).tasks().get(0);

        assertThatThrownBy(() -> projectBoard.editTask(task.id(), "Renamed", null, null, outsider, task.version()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(projectService.details(id).tasks().get(0).title()).as("no half save")
                .isEqualTo("Write the Dockerfile");

        projectBoard.editTask(task.id(), "Renamed", "multi-stage", null, mate, task.version());
        ProjectDetails.Task saved = projectService.details(id).tasks().get(0);
        assertThat(saved.title()).isEqualTo("Renamed");
        assertThat(saved.assigneeId()).isEqualTo(mate);
        assertThatThrownBy(() -> projectBoard.editTask(task.id(), "Stale", null, null, null, task.version()))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void theListTakesTheSameStatementsForOneOrTenProjectsTeamProjectsIncluded() {
        teamProjects.createFromTemplate(groupId, "llm-chatbot", Language.EN);
        as(MATE);
        int one = statementsForList();
        long second = groups.create("Vision study", null);
        for (int i = 0; i < 9; i++) {
            String template = List.of("api-model-serving", "llm-chatbot", "cv-image-search").get(i % 3);
            switch (i % 3) {
                case 0 -> teamProjects.createBlank(groupId, "Team " + i);
                case 1 -> teamProjects.createFromTemplate(second, template, Language.EN);
                default -> projectService.createFromTemplate(template, Language.EN);
            }
        }

        int ten = statementsForList();

        assertThat(projectService.myProjects()).hasSize(10).extracting(ProjectCard::groupName)
                .containsOnly("RAG 스터디", "Vision study", null);
        assertThat(ten).as(statements.statements().toString()).isEqualTo(one).isLessThanOrEqualTo(9);
    }

    @Test
    void onlyTheGroupsOwnerOrAnAdminDeletesATeamProject() {
        long id = teamProjects.createBlank(groupId, "Shared work");
        as(MATE);
        assertThatThrownBy(() -> projectService.deleteProject(id)).isInstanceOfSatisfying(NotAllowedException.class,
                denied -> assertThat(denied.messageKey()).isEqualTo("team.delete.admins-only"));
        assertThat(projectService.myProjects()).hasSize(1);

        as(LEAD);
        projectService.deleteProject(id);
        assertThat(projectService.myProjects()).isEmpty();
    }

    @Test
    void aTeamProjectOutlivesWhoeverStartedItAndGoesWithItsGroup() {
        long id = teamProjects.createBlank(groupId, "Team API");
        projectBoard.addTask(id, "Write the Dockerfile");
        ProjectDetails.Task task = projectService.details(id).tasks().get(0);
        projectBoard.assignTask(task.id(), lead, task.version());
        projectRecords.useSkills(id, Set.of("docker"));

        jdbc.update("delete from account where id = ?", lead);
        as(MATE);
        assertThat(projectService.details(id).tasks()).singleElement()
                .satisfies(kept -> assertThat(kept.assigneeId()).isNull());

        jdbc.update("delete from study_group where id = ?", groupId);
        assertThat(projectService.myProjects()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from project", Long.class)).isZero();
    }

    @Test
    void anArchivedTeamProjectsTasksAreNeitherGivenNorEditedByAnyMember() {
        long id = teamProjects.createBlank(groupId, "Team API");
        projectBoard.addTask(id, "Write the Dockerfile");
        ProjectDetails.Task task = projectService.details(id).tasks().get(0);
        projectService.changeStatus(id, ProjectStatus.ARCHIVED);
        String untouched = everythingAbout(id);

        as(MATE);
        for (ThrowingCallable edit : List.<ThrowingCallable>of(
                () -> projectBoard.assignTask(task.id(), mate, task.version()),
                () -> projectBoard.editTask(task.id(), "Mine", null, null, mate, task.version()))) {
            assertThatThrownBy(edit).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                    .containsExactly(new FieldProblem("status", "project.archived")));
        }
        assertThat(everythingAbout(id)).isEqualTo(untouched);
    }

    @Test
    void membersOrderTheTeamBoardFromWhatTheySawAndAnOutsiderCannot() {
        long id = teamProjects.createFromTemplate(groupId, "llm-chatbot", Language.EN);
        List<ProjectDetails.Task> seenByLead = projectService.details(id).tasks();
        ProjectDetails.Task first = seenByLead.get(0);
        ProjectDetails.Task second = seenByLead.get(1);

        as(MATE);
        projectBoard.moveTaskDown(first.id(), first.version());
        ProjectDetails.Task third = seenByLead.get(2);
        projectBoard.moveTask(third.id(), TaskStatus.TODO, second.id(), third.version());

        as(LEAD);
        assertThat(projectService.details(id).tasks()).extracting(ProjectDetails.Task::title)
                .startsWith(third.title(), second.title(), first.title());
        assertThatThrownBy(() -> projectBoard.moveTaskUp(first.id(), first.version()))
                .as("the lead's board is stale for the card the mate moved").isInstanceOf(ConcurrentEditException.class);
        projectBoard.moveTaskUp(second.id(), second.version());
        assertThat(projectService.details(id).tasks()).extracting(ProjectDetails.Task::title)
                .as("a card only numbered anew keeps its version").startsWith(second.title(), third.title());
        String ordered = everythingAbout(id);

        as(OUTSIDER);
        assertNotFound(() -> projectBoard.moveTaskUp(first.id(), first.version()));
        assertNotFound(() -> projectBoard.moveTask(third.id(), TaskStatus.TODO, null, third.version()));

        as(LEAD);
        assertThat(everythingAbout(id)).isEqualTo(ordered);
    }

    private void assertEveryOperationIsNotFound(long id, ProjectDetails.Task task, long milestone, long result) {
        assertNotFound(() -> projectService.details(id));
        assertNotFound(() -> projectService.exportMarkdown(id, Language.EN));
        assertNotFound(() -> projectService.updateOverview(id, new ProjectOverview("Mine now", null, null, null,
                null, null, null, 0)));
        assertNotFound(() -> projectService.changeStatus(id, ProjectStatus.PLANNED));
        assertNotFound(() -> projectRecords.checkComponent(id, "security", true, "mine"));
        assertNotFound(() -> projectRecords.useSkills(id, Set.of("docker")));
        assertNotFound(() -> projectBoard.addTask(id, "Mine"));
        assertNotFound(() -> projectBoard.editTask(task.id(), "Mine", null, null, null, task.version()));
        assertNotFound(() -> projectBoard.moveTask(task.id(), TaskStatus.DONE, null, task.version()));
        assertNotFound(() -> projectBoard.moveTaskUp(task.id(), task.version()));
        assertNotFound(() -> projectBoard.moveTaskDown(task.id(), task.version()));
        assertNotFound(() -> projectBoard.assignTask(task.id(), null, task.version()));
        assertNotFound(() -> projectBoard.deleteTask(task.id()));
        assertNotFound(() -> projectRecords.addMilestone(id, "Mine", LocalDate.of(2030, 1, 1)));
        assertNotFound(() -> projectRecords.markMilestone(milestone, true));
        assertNotFound(() -> projectRecords.addResult(id, "Mine", BigDecimal.ONE, BigDecimal.TEN, "ms", null));
        assertNotFound(() -> projectRecords.deleteResult(result));
        assertNotFound(() -> projectRecords.changeResultDirection(result, ResultDirection.HIGHER_IS_BETTER));
        assertNotFound(() -> projectService.deleteProject(id));
    }

    private static void assertNotFound(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(NotFoundException.class);
    }

    private static String assigneeProblem(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        InvalidInputException invalid = (InvalidInputException) thrown;
        assertThat(invalid.problems()).singleElement().extracting(FieldProblem::field).isEqualTo("assignee");
        return invalid.problems().get(0).messageKey();
    }

    /** Every row of the project and of what hangs off it, to show that nothing changed. */
    private String everythingAbout(long projectId) {
        StringBuilder rows = new StringBuilder();
        for (String table : List.of("project_task", "project_milestone", "project_result", "project_component",
                "project_skill")) {
            List<Map<String, Object>> found = jdbc.queryForList(
                    "select * from " + table + " where project_id = ? order by 1, 2", projectId);
            rows.append(table).append(found).append('\n');
        }
        return rows.append(jdbc.queryForList("select * from project where id = ?", projectId)).toString();
    }

    private int statementsForList() {
        statements.reset();
        assertThat(projectService.myProjects()).isNotEmpty();
        return statements.count();
    }

    private long signUp(String email) {
        accounts.signUpAndLogIn(email);
        return currentUser.id();
    }

    private void as(String email) {
        accounts.logIn(email, AccountFixtures.PASSWORD);
    }
}
