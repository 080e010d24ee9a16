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
import app.waypoint.portfolio.domain.ProjectTask;
import app.waypoint.portfolio.domain.ProjectTaskRepository;
import app.waypoint.portfolio.domain.ResultDirection;
import app.waypoint.portfolio.domain.TaskStatus;
import app.waypoint.skill.service.SkillService;
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
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
class ProjectServiceTest {

    @Autowired ProjectService projectService;

    @Autowired ProjectRecordsService projectRecords;

    @Autowired ProjectBoardService projectBoard;
    @Autowired ProjectTemplates templates;
    @Autowired ProjectTaskRepository taskRepository;
    @Autowired AccountFixtures accounts;
    @Autowired TestDatabase database;
    @Autowired StatementCounter statements;
    @Autowired SkillService skillService;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void signedIn() {
        database.reset();
        accounts.signUpAndLogIn("builder@example.com");
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    @Test
    void theTwelveTemplatesOfTheGuideAndItsEightComponentsAreThere() {
        assertThat(templates.all()).hasSize(12).extracting(ProjectTemplates.Template::category)
                .containsOnly("llm", "vision", "backend-ai");
        assertThat(templates.components()).extracting(ProjectTemplates.ComponentItem::key).containsExactly(
                "fine-tuning", "api-performance", "error-handling-monitoring", "scalable-architecture",
                "real-user-feedback", "cost-efficient-cloud", "security", "ci-cd");
    }

    @Test
    void aTemplateBecomesAPlanWithMilestonesTasksAndSkills() {
        long id = projectService.createFromTemplate("llm-chatbot", Language.KO);

        ProjectCard card = projectService.myProjects().get(0);
        ProjectTemplates.Template template = templates.find("llm-chatbot").orElseThrow();
        assertThat(card.id()).isEqualTo(id);
        assertThat(card.title()).isEqualTo(template.title().ko());
        assertThat(card.status()).isEqualTo(ProjectStatus.IDEA);
        assertThat(card.tasksTotal()).isEqualTo(template.tasks().size());
        assertThat(card.nextMilestone()).isEqualTo(template.milestones().get(0).title().ko());
        assertThat(card.skillKeys()).containsExactlyInAnyOrderElementsOf(template.skills());
    }

    @Test
    void statusMovesOneStepAtATimeAndIllegalJumpsAreRefused() {
        long id = projectService.createBlank("RAG 챗봇");

        assertThatThrownBy(() -> projectService.changeStatus(id, ProjectStatus.DONE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("status", "project.status.illegal")));
        projectService.changeStatus(id, ProjectStatus.PLANNED);
        projectService.changeStatus(id, ProjectStatus.IN_PROGRESS);
        projectService.changeStatus(id, ProjectStatus.DONE);
        projectService.changeStatus(id, ProjectStatus.ARCHIVED);
        assertThatThrownBy(() -> projectService.changeStatus(id, ProjectStatus.IN_PROGRESS))
                .isInstanceOf(InvalidInputException.class);

        assertThat(projectService.myProjects().get(0).status()).isEqualTo(ProjectStatus.ARCHIVED);
    }

    @Test
    void anArchivedProjectRefusesEveryEditIncludingDeletingAResultAndNothingChanges() {
        long id = projectService.createFromTemplate("api-model-serving", Language.EN);
        projectRecords.addResult(id, "p95 latency", new BigDecimal("850"), new BigDecimal("120"), "ms", null);
        ProjectDetails before = projectService.details(id);
        ProjectDetails.Task task = before.tasks().get(0);
        long milestone = before.milestones().get(0).id();
        long result = before.results().get(0).id();
        projectService.changeStatus(id, ProjectStatus.ARCHIVED);
        long version = projectService.details(id).version();
        String untouched = everythingAbout(id);

        assertArchived(() -> projectService.updateOverview(id, new ProjectOverview("New title", null, null, null,
                null, null, null, version)));
        assertArchived(() -> projectRecords.checkComponent(id, "security", true, null));
        assertArchived(() -> projectRecords.useSkills(id, Set.of("docker")));
        assertArchived(() -> projectBoard.addTask(id, "One more"));
        assertArchived(() -> projectBoard.editTask(task.id(), "Renamed", null, null, null, task.version()));
        assertArchived(() -> projectBoard.moveTask(task.id(), TaskStatus.DOING, null, task.version()));
        assertArchived(() -> projectBoard.deleteTask(task.id()));
        assertArchived(() -> projectRecords.addMilestone(id, "One more", null));
        assertArchived(() -> projectRecords.markMilestone(milestone, true));
        assertArchived(() -> projectRecords.addResult(id, "Cost", BigDecimal.TEN, BigDecimal.ONE, "$", null));
        assertArchived(() -> projectRecords.deleteResult(result));
        assertArchived(() -> projectRecords.changeResultDirection(result, ResultDirection.HIGHER_IS_BETTER));
        assertThatThrownBy(() -> projectService.changeStatus(id, ProjectStatus.DONE))
                .isInstanceOf(InvalidInputException.class);

        assertThat(everythingAbout(id)).isEqualTo(untouched);
        projectService.changeStatus(id, ProjectStatus.IDEA);
        projectRecords.deleteResult(result);
        assertThat(projectService.details(id).results()).isEmpty();
    }

    private static void assertArchived(ThrowingCallable edit) {
        assertThatThrownBy(edit).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                .containsExactly(new FieldProblem("status", "project.archived")));
    }

    /** Every row of the project and of what hangs off it, to show that nothing changed. */
    private String everythingAbout(long projectId) {
        StringBuilder rows = new StringBuilder();
        for (String table : List.of("project_task", "project_milestone", "project_result", "project_component",
                "project_skill")) {
            rows.append(table).append(jdbc.queryForList(
                    "select * from " + table + " where project_id = ? order by 1, 2", projectId)).append('\n');
        }
        return rows.append(jdbc.queryForList("select * from project where id = ?", projectId)).toString();
    }

    @Test
    void aMoveFromAStaleBoardIsRefusedAndTheOtherMoveStands() {
        long id = projectService.createFromTemplate("api-model-serving", Language.EN);
        ProjectTask seen = taskRepository.findByProjectIdOrderByPosition(id).get(0);

        projectBoard.moveTask(seen.getId(), TaskStatus.DOING, null, seen.getVersion());
        assertThatThrownBy(() -> projectBoard.moveTask(seen.getId(), TaskStatus.DONE, null, seen.getVersion()))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(taskRepository.findById(seen.getId()).orElseThrow().getStatus()).isEqualTo(TaskStatus.DOING);
    }

    @Test
    void blankAndOverlongTitlesAreRefused() {
        assertThatThrownBy(() -> projectService.createBlank("  "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("project.title.required"));
        assertThatThrownBy(() -> projectService.createBlank("x".repeat(10_000)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("project.title.too-long"));
        assertThatThrownBy(() -> projectService.createFromTemplate("no-such-template", Language.EN))
                .isInstanceOf(NotFoundException.class);
        assertThat(projectService.myProjects()).isEmpty();
    }

    @Test
    void anotherPersonCanNeitherSeeNorChangeAProject() {
        long id = projectService.createFromTemplate("llm-chatbot", Language.EN);
        ProjectTask task = taskRepository.findByProjectIdOrderByPosition(id).get(0);

        accounts.signUpAndLogIn("other@example.com");
        assertThat(projectService.myProjects()).isEmpty();
        assertThatThrownBy(() -> projectService.changeStatus(id, ProjectStatus.PLANNED))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> projectBoard.moveTask(task.getId(), TaskStatus.DONE, null, task.getVersion()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> projectRecords.checkComponent(id, "security", true, "mine"))
                .isInstanceOf(NotFoundException.class);

        accounts.logIn("builder@example.com", AccountFixtures.PASSWORD);
        ProjectCard untouched = projectService.myProjects().get(0);
        assertThat(untouched.status()).isEqualTo(ProjectStatus.IDEA);
        assertThat(untouched.tasksDone()).isZero();
        assertThat(untouched.componentsDone()).isZero();
    }

    @Test
    void readinessNeedsTwoFinishedProjectsEachWithEveryComponentTicked() {
        List<String> all = templates.components().stream().map(ProjectTemplates.ComponentItem::key).toList();
        long first = finishedProjectCovering(all.subList(0, 4).toArray(String[]::new));
        PortfolioReadiness halfway = projectService.readiness();
        assertThat(halfway.finishedProjects()).as("marked done with components open: not finished yet").isZero();
        assertThat(halfway.coveredComponents()).as("what it has ticked is covered all the same")
                .containsExactly("fine-tuning", "api-performance", "error-handling-monitoring", "scalable-architecture");
        assertThat(halfway.missingComponents()).containsExactly("real-user-feedback", "cost-efficient-cloud",
                "security", "ci-cd");

        finishedProjectCovering(all.subList(4, 8).toArray(String[]::new));
        PortfolioReadiness together = projectService.readiness();
        assertThat(together.missingComponents()).isEmpty();
        assertThat(together.finishedProjects()).as("two halves make no finished project").isZero();
        assertThat(together.isReady()).isFalse();

        all.subList(4, 8).forEach(component -> projectRecords.checkComponent(first, component, true, null));
        assertThat(projectService.readiness().finishedProjects()).as("all ticked, still done: finished").isEqualTo(1);
        assertThat(projectService.readiness().isReady()).isFalse();

        finishedProjectCovering(all.toArray(String[]::new));
        projectService.createBlank("An idea that covers nothing yet");
        PortfolioReadiness ready = projectService.readiness();
        assertThat(ready.finishedProjects()).isEqualTo(2);
        assertThat(ready.missingComponents()).isEmpty();
        assertThat(ready.isReady()).isTrue();

        projectRecords.checkComponent(first, "security", false, "found a hole");
        assertThat(projectService.readiness().finishedProjects()).as("a component unticked again").isEqualTo(1);
        assertThat(projectService.standing(14).readiness().finishedProjects()).as("the home page counts the same")
                .isEqualTo(1);
    }

    @Test
    void whatIsStillOpenBeforeAProjectIsMarkedDoneIsCountedAndLeftAsItIs() {
        long id = projectService.createFromTemplate("api-model-serving", Language.EN);
        List<ProjectDetails.Task> tasks = projectService.details(id).tasks();
        projectBoard.moveTask(tasks.get(0).id(), TaskStatus.DONE, null, tasks.get(0).version());
        projectBoard.moveTask(tasks.get(1).id(), TaskStatus.DOING, null, tasks.get(1).version());
        projectRecords.checkComponent(id, "security", true, null);
        projectRecords.checkComponent(id, "ci-cd", true, null);
        projectRecords.checkComponent(id, "api-performance", false, "not yet");

        assertThat(projectService.openWork(id)).isEqualTo(new OpenWork(ProjectStatus.IDEA, 11, 6));
        assertThat(projectService.openWork(id).asksBeforeDone()).as("done is not a step from an idea").isFalse();
        projectService.changeStatus(id, ProjectStatus.PLANNED);
        projectService.changeStatus(id, ProjectStatus.IN_PROGRESS);
        assertThat(projectService.openWork(id).asksBeforeDone()).isTrue();
        projectService.changeStatus(id, ProjectStatus.DONE);
        assertThat(projectService.openWork(id)).as("marking it done leaves them open")
                .isEqualTo(new OpenWork(ProjectStatus.DONE, 11, 6));

        accounts.signUpAndLogIn("curious@example.com");
        assertThatThrownBy(() -> projectService.openWork(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theListTakesTheSameStatementsForOneOrTenProjects() {
        projectService.createFromTemplate("llm-chatbot", Language.EN);
        int one = statementsForList();
        for (int i = 0; i < 9; i++) {
            projectService.createFromTemplate(templates.all().get(i).key(), Language.EN);
        }

        int ten = statementsForList();

        assertThat(projectService.myProjects()).hasSize(10);
        assertThat(ten).as(statements.statements().toString()).isEqualTo(one).isLessThanOrEqualTo(8);
    }

    private int statementsForList() {
        statements.reset();
        List<ProjectCard> cards = projectService.myProjects();
        assertThat(cards).isNotEmpty();
        return statements.count();
    }

    private long finishedProjectCovering(String... components) {
        long id = projectService.createBlank("Project covering " + components.length + " components");
        for (String component : components) {
            projectRecords.checkComponent(id, component, true, null);
        }
        projectService.changeStatus(id, ProjectStatus.PLANNED);
        projectService.changeStatus(id, ProjectStatus.IN_PROGRESS);
        projectService.changeStatus(id, ProjectStatus.DONE);
        return id;
    }

    @Test
    void theOverviewRefusesBadInputAtEachFieldAndChangesNothing() {
        long id = projectService.createBlank("Vision API");
        long version = projectService.details(id).version();

        assertThatThrownBy(() -> projectService.updateOverview(id, new ProjectOverview(" ", "가".repeat(10_000),
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 2, 1), "javascript:alert(1)",
                "not a url", "ftp://files.example.com/x", version)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactly(
                                tuple("demoUrl", "project.link.bad-url"),
                                tuple("repositoryUrl", "project.link.bad-url"),
                                tuple("summary", "project.summary.too-long"),
                                tuple("targetDate", "project.target-before-start"),
                                tuple("title", "project.title.required"),
                                tuple("writeupUrl", "project.link.bad-url")));
        assertThat(projectService.details(id).title()).isEqualTo("Vision API");
    }

    @Test
    void aStaleOverviewSaveIsRefused() {
        long id = projectService.createBlank("Two tabs");
        long version = projectService.details(id).version();
        projectService.updateOverview(id, new ProjectOverview("First tab", null, null, null,
                "https://github.com/me/app", null, null, version));

        assertThatThrownBy(() -> projectService.updateOverview(id, new ProjectOverview("Second tab", null, null, null,
                null, null, null, version))).isInstanceOf(ConcurrentEditException.class);
        assertThat(projectService.details(id).title()).isEqualTo("First tab");
        assertThat(projectService.details(id).repositoryUrl()).isEqualTo("https://github.com/me/app");
    }

    @Test
    void resultsShowTheirImprovementAndTheReadmeDraftReadsLikeOne() {
        long id = projectService.createFromTemplate("api-model-serving", Language.EN);
        projectRecords.addResult(id, "p95 latency", new BigDecimal("850"), new BigDecimal("120"), "ms", null);
        projectRecords.checkComponent(id, "api-performance", true, "Batching and a Redis cache");
        projectService.updateOverview(id, new ProjectOverview("Model API", "Serves a classifier.", null, null,
                "https://github.com/me/model-api", null, null, projectService.details(id).version()));

        ProjectDetails details = projectService.details(id);
        assertThat(details.results()).singleElement().satisfies(result -> {
            assertThat(result.changePercent()).isEqualTo(-86);
            assertThat(result.trend()).isEqualTo(ProjectDetails.Trend.IMPROVED);
        });
        assertThat(details.componentsDone()).isEqualTo(1);

        String readme = projectService.exportMarkdown(id, Language.EN);
        assertThat(readme).startsWith("# Model API\n\nServes a classifier.")
                .contains("## Tech stack", "- [x] API performance", "Batching and a Redis cache",
                        "| p95 latency | 850 ms | 120 ms | -86% (better) |",
                        "- Repository: <https://github.com/me/model-api>");
        assertThat(projectService.exportMarkdown(id, Language.KO)).contains("## 기술 스택", "## 성과");
    }

    @Test
    void aResultKnowsWhetherLowerOrHigherIsBetterAndSaysSoOnThePageAndInTheReadme() {
        long id = projectService.createBlank("Faster and cheaper");
        projectRecords.addResult(id, "p95 latency", new BigDecimal("800"), new BigDecimal("200"), "ms", null);
        projectRecords.addResult(id, "Accuracy", new BigDecimal("80"), new BigDecimal("60"), "%", null);
        projectRecords.addResult(id, "Monthly cost", new BigDecimal("100"), new BigDecimal("120"), "$", null);
        projectRecords.addResult(id, "Errors per day", new BigDecimal("40"), new BigDecimal("10"), " Errors ", null);
        projectRecords.addResult(id, "Cache misses", new BigDecimal("50"), new BigDecimal("10"), null,
                ResultDirection.LOWER_IS_BETTER);
        projectRecords.addResult(id, "Requests per second", new BigDecimal("30"), new BigDecimal("30"), "rps", null);

        List<ProjectDetails.Result> results = projectService.details(id).results();
        assertThat(results).extracting(ProjectDetails.Result::metric, ProjectDetails.Result::direction,
                ProjectDetails.Result::changePercent, ProjectDetails.Result::trend).containsExactly(
                tuple("p95 latency", ResultDirection.LOWER_IS_BETTER, -75, ProjectDetails.Trend.IMPROVED),
                tuple("Accuracy", ResultDirection.HIGHER_IS_BETTER, -25, ProjectDetails.Trend.REGRESSED),
                tuple("Monthly cost", ResultDirection.LOWER_IS_BETTER, 20, ProjectDetails.Trend.REGRESSED),
                tuple("Errors per day", ResultDirection.LOWER_IS_BETTER, -75, ProjectDetails.Trend.IMPROVED),
                tuple("Cache misses", ResultDirection.LOWER_IS_BETTER, -80, ProjectDetails.Trend.IMPROVED),
                tuple("Requests per second", ResultDirection.HIGHER_IS_BETTER, 0, ProjectDetails.Trend.UNCHANGED));
        assertThat(projectService.exportMarkdown(id, Language.EN)).contains(
                "| p95 latency | 800 ms | 200 ms | -75% (better) |", "| Accuracy | 80 % | 60 % | -25% (worse) |",
                "| Monthly cost | 100 $ | 120 $ | +20% (worse) |", "| Requests per second | 30 rps | 30 rps | 0% (no change) |");
        assertThat(projectService.exportMarkdown(id, Language.KO)).contains(
                "| p95 latency | 800 ms | 200 ms | -75% (개선) |", "| Accuracy | 80 % | 60 % | -25% (악화) |");

        projectRecords.changeResultDirection(results.get(1).id(), ResultDirection.LOWER_IS_BETTER);
        assertThat(projectService.details(id).results().get(1).trend()).isEqualTo(ProjectDetails.Trend.IMPROVED);
    }

    @Test
    void anotherPersonCannotChangeWhichWayAResultIsBetter() {
        long id = projectService.createBlank("Mine");
        projectRecords.addResult(id, "p95 latency", new BigDecimal("800"), new BigDecimal("200"), "ms", null);
        long result = projectService.details(id).results().get(0).id();

        accounts.signUpAndLogIn("meddler@example.com");
        assertThatThrownBy(() -> projectRecords.changeResultDirection(result, ResultDirection.HIGHER_IS_BETTER))
                .isInstanceOf(NotFoundException.class);

        accounts.logIn("builder@example.com", AccountFixtures.PASSWORD);
        assertThat(projectService.details(id).results().get(0).direction()).isEqualTo(ResultDirection.LOWER_IS_BETTER);
    }

    @Test
    void theCardsNextMilestoneIsTheEarliestOpenOneOverdueFirstAndMilestonesAreListedByDueDate() {
        long id = projectService.createBlank("Dated");
        projectRecords.addMilestone(id, "Demo day", LocalDate.of(2100, 6, 1));
        projectRecords.addMilestone(id, "Some day", null);
        projectRecords.addMilestone(id, "Kick-off", LocalDate.of(2100, 1, 1));
        projectRecords.addMilestone(id, "First draft", LocalDate.of(2000, 3, 1));

        ProjectCard card = projectService.myProjects().get(0);
        assertThat(card.nextMilestone()).isEqualTo("First draft");
        assertThat(card.nextMilestoneDue()).isEqualTo(LocalDate.of(2000, 3, 1));
        assertThat(card.nextMilestoneOverdue()).isTrue();
        List<ProjectDetails.Milestone> listed = projectService.details(id).milestones();
        assertThat(listed).extracting(ProjectDetails.Milestone::title)
                .containsExactly("First draft", "Kick-off", "Demo day", "Some day");

        projectRecords.markMilestone(listed.get(0).id(), true);
        ProjectCard after = projectService.myProjects().get(0);
        assertThat(after.nextMilestone()).isEqualTo("Kick-off");
        assertThat(after.nextMilestoneOverdue()).isFalse();
        assertThat(projectService.details(id).milestones()).extracting(ProjectDetails.Milestone::title)
                .as("a milestone reached keeps its place by date").containsExactly("First draft", "Kick-off",
                        "Demo day", "Some day");
    }

    @Test
    void resultsMilestonesAndTasksNeedTheirText() {
        long id = projectService.createBlank("Checks");
        assertThatThrownBy(() -> projectRecords.addResult(id, " ", null, BigDecimal.ONE, "ms", null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> projectRecords.addResult(id, "latency", null, null, "ms", null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> projectRecords.addMilestone(id, "", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> projectBoard.addTask(id, "x".repeat(201))).isInstanceOf(InvalidInputException.class);

        projectBoard.addTask(id, "Write the Dockerfile");
        projectRecords.addMilestone(id, "Demo day", LocalDate.of(2020, 1, 1));
        ProjectDetails details = projectService.details(id);
        assertThat(details.tasks()).extracting(ProjectDetails.Task::title).containsExactly("Write the Dockerfile");
        assertThat(details.milestones()).singleElement().satisfies(m -> assertThat(m.overdue()).isTrue());
        projectRecords.markMilestone(details.milestones().get(0).id(), true);
        assertThat(projectService.details(id).milestones().get(0).overdue()).isFalse();
    }

    @Test
    void projectSkillsCountAsEvidenceInTheSkillsView() {
        long id = projectService.createBlank("Evidence");
        projectRecords.useSkills(id, Set.of("docker", "fastapi"));

        assertThat(skillService.standings()).filteredOn(skill -> skill.key().equals("docker"))
                .singleElement().satisfies(skill -> assertThat(skill.evidence())
                        .extracting(text -> text.en()).contains("Evidence"));
    }

    @Test
    void twoSessionsEditingOneTaskCannotOverwriteEachOther() {
        long id = projectService.createFromTemplate("llm-chatbot", Language.EN);
        ProjectDetails.Task seenByBoth = projectService.details(id).tasks().get(0);

        projectBoard.editTask(seenByBoth.id(), "First session's title", "notes", null, null, seenByBoth.version());
        assertThatThrownBy(() -> projectBoard.editTask(seenByBoth.id(), "Second session's title", null, null, null,
                seenByBoth.version())).isInstanceOf(ConcurrentEditException.class);

        assertThat(projectService.details(id).tasks().get(0).title()).isEqualTo("First session's title");
    }

    @Test
    void anotherPersonCanNeitherExportEditNorDeleteAProject() {
        long id = projectService.createFromTemplate("llm-chatbot", Language.EN);
        ProjectDetails.Task task = projectService.details(id).tasks().get(0);

        accounts.signUpAndLogIn("snoop@example.com");
        assertThatThrownBy(() -> projectService.details(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> projectService.exportMarkdown(id, Language.EN)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> projectService.deleteProject(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> projectBoard.editTask(task.id(), "mine", null, null, null, task.version()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> projectBoard.deleteTask(task.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> projectRecords.addResult(id, "x", BigDecimal.ONE, BigDecimal.TEN, "ms", null))
                .isInstanceOf(NotFoundException.class);

        accounts.logIn("builder@example.com", AccountFixtures.PASSWORD);
        assertThat(projectService.details(id).tasks()).hasSize(12).first()
                .satisfies(first -> assertThat(first.title()).isEqualTo(task.title()));
    }

    @Test
    void theBoardLoadsInTheSameStatementsForTwelveOrOneHundredTasks() {
        long small = projectService.createFromTemplate("llm-chatbot", Language.EN);
        long big = projectService.createFromTemplate("llm-chatbot", Language.EN);
        for (int i = 0; i < 88; i++) {
            projectBoard.addTask(big, "Extra task " + i);
        }

        statements.reset();
        assertThat(projectService.details(small).tasks()).hasSize(12);
        int forTwelve = statements.count();
        statements.reset();
        assertThat(projectService.details(big).tasks()).hasSize(100);
        int forHundred = statements.count();

        assertThat(forHundred).as(statements.statements().toString()).isEqualTo(forTwelve).isLessThanOrEqualTo(10);
    }
}
