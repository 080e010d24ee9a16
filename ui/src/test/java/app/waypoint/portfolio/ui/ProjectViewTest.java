package app.waypoint.portfolio.ui;

import app.waypoint.account.ui.LoginView;
import app.waypoint.account.ui.RouteNotFoundView;
import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.portfolio.domain.TaskStatus;
import app.waypoint.portfolio.service.ProjectDetails;
import app.waypoint.portfolio.service.ProjectService;
import app.waypoint.portfolio.service.TeamProjectService;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ProjectViewTest extends KaribuTest {

    @Autowired ProjectService projectService;
    @Autowired TeamProjectService teamProjects;

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
        TaskDialog dialog = new TaskDialog(projectService, teamProjects, projectService.details(id), task, () -> { });
        dialog.open();
        assertThat(dialog.assignee.getParent()).as("a personal project has nobody to assign").isEmpty();

        projectService.editTask(task.id(), "Saved in the other session", null, null, task.version());
        _setValue(dialog.title, "Typed here");
        _click(dialog.save);

        NotificationsKt.expectNotifications(
                "This task was changed meanwhile, in another tab or by a teammate. Your text is still here: "
                        + "save again to replace that version.");
        assertThat(dialog.title.getValue()).isEqualTo("Typed here");
        assertThat(projectService.details(id).tasks().get(0).title()).isEqualTo("Saved in the other session");
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

    private ProjectView open(long id) {
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate(ProjectView.class, new RouteParameters("id", String.valueOf(id)));
        return _get(ProjectView.class);
    }
}
