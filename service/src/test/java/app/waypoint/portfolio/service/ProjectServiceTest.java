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
import app.waypoint.portfolio.domain.TaskStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class ProjectServiceTest {

    @Autowired ProjectService projectService;
    @Autowired ProjectTemplates templates;
    @Autowired ProjectTaskRepository taskRepository;
    @Autowired AccountFixtures accounts;
    @Autowired TestDatabase database;
    @Autowired StatementCounter statements;

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
    void anArchivedProjectsBoardIsFrozen() {
        long id = projectService.createFromTemplate("api-model-serving", Language.EN);
        ProjectTask task = taskRepository.findByProjectIdOrderByPosition(id).get(0);
        projectService.changeStatus(id, ProjectStatus.ARCHIVED);

        assertThatThrownBy(() -> projectService.moveTask(task.getId(), TaskStatus.DOING, 0, task.getVersion()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("project.archived"));
        assertThatThrownBy(() -> projectService.checkComponent(id, "security", true, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("project.archived"));
        assertThat(taskRepository.findById(task.getId()).orElseThrow().getStatus()).isEqualTo(TaskStatus.TODO);
    }

    @Test
    void aMoveFromAStaleBoardIsRefusedAndTheOtherMoveStands() {
        long id = projectService.createFromTemplate("api-model-serving", Language.EN);
        ProjectTask seen = taskRepository.findByProjectIdOrderByPosition(id).get(0);

        projectService.moveTask(seen.getId(), TaskStatus.DOING, 0, seen.getVersion());
        assertThatThrownBy(() -> projectService.moveTask(seen.getId(), TaskStatus.DONE, 0, seen.getVersion()))
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
        assertThatThrownBy(() -> projectService.moveTask(task.getId(), TaskStatus.DONE, 0, task.getVersion()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> projectService.checkComponent(id, "security", true, "mine"))
                .isInstanceOf(NotFoundException.class);

        accounts.logIn("builder@example.com", AccountFixtures.PASSWORD);
        ProjectCard untouched = projectService.myProjects().get(0);
        assertThat(untouched.status()).isEqualTo(ProjectStatus.IDEA);
        assertThat(untouched.tasksDone()).isZero();
        assertThat(untouched.componentsDone()).isZero();
    }

    @Test
    void readinessNeedsTwoFinishedProjectsCoveringEveryComponent() {
        long first = finishedProjectCovering("fine-tuning", "api-performance", "error-handling-monitoring",
                "scalable-architecture");
        PortfolioReadiness halfway = projectService.readiness();
        assertThat(halfway.finishedProjects()).isEqualTo(1);
        assertThat(halfway.missingComponents()).containsExactly("real-user-feedback", "cost-efficient-cloud",
                "security", "ci-cd");
        assertThat(halfway.isReady()).isFalse();

        finishedProjectCovering("real-user-feedback", "cost-efficient-cloud", "security", "ci-cd");
        projectService.createBlank("An idea that covers nothing yet");

        PortfolioReadiness ready = projectService.readiness();
        assertThat(ready.finishedProjects()).isEqualTo(2);
        assertThat(ready.missingComponents()).isEmpty();
        assertThat(ready.isReady()).isTrue();
        assertThat(first).isPositive();
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
        long id = projectService.createBlank("Project covering " + String.join(", ", components));
        for (String component : components) {
            projectService.checkComponent(id, component, true, null);
        }
        projectService.changeStatus(id, ProjectStatus.PLANNED);
        projectService.changeStatus(id, ProjectStatus.IN_PROGRESS);
        projectService.changeStatus(id, ProjectStatus.DONE);
        return id;
    }
}
