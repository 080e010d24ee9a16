package app.waypoint.portfolio.ui;

import app.waypoint.account.service.AccountFixtures;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.account.ui.RouteNotFoundView;
import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.group.service.GroupService;
import app.waypoint.portfolio.service.ProjectBoardService;
import app.waypoint.portfolio.service.ProjectDetails;
import app.waypoint.portfolio.service.ProjectService;
import app.waypoint.portfolio.service.TeamProjectService;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ProjectTeamViewTest extends KaribuTest {

    static final String LEAD = "lead@example.com";
    static final String MATE = "mate@example.com";

    @Autowired ProjectService projectService;

    @Autowired ProjectBoardService projectBoard;
    @Autowired TeamProjectService teamProjects;
    @Autowired GroupService groups;
    @Autowired CurrentUser currentUser;

    long groupId;
    long lead;

    /** A lead who made "RAG study" and a mate who joined it; the mate is signed in. */
    @BeforeEach
    void aGroupOfTwo() {
        signUpAndLogIn(LEAD, Language.EN);
        lead = currentUser.id();
        groupId = groups.create("RAG study", null);
        String code = groups.details(groupId).invite().code();
        signUpAndLogIn(MATE, Language.EN);
        groups.join(code);
    }

    @Test
    void aTeamProjectIsStartedForAGroupAndItsCardNamesTheGroup() {
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("projects");

        _click(_get(ProjectsView.class).newTeamProject);
        TeamProjectDialog dialog = _get(TeamProjectDialog.class);
        assertThat(dialog.group.getValue().name()).isEqualTo("RAG study");
        _click(dialog.blank);
        assertThat(dialog.title.getErrorMessage()).isEqualTo("Enter a title.");
        _setValue(dialog.title, "Team API");
        _click(dialog.blank);

        NavigatorKt.expectView(ProjectView.class);
        assertThat(_get(ProjectView.class).getElement().getTextRecursively()).contains("Team project · RAG study");
        UI.getCurrent().navigate("projects");
        assertThat(_get(ProjectsView.class).getElement().getTextRecursively())
                .contains("Team API", "Team project · RAG study");
        accounts.logIn(LEAD, AccountFixtures.PASSWORD);
        assertThat(projectService.myProjects()).singleElement()
                .satisfies(card -> assertThat(card.groupName()).isEqualTo("RAG study"));
    }

    @Test
    void aTeamProjectStartsFromATemplateAndOnlyMembersOfAGroupAreOfferedOne() {
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("projects");
        _click(_get(ProjectsView.class).newTeamProject);

        _click(_get(Button.class, spec -> spec.withId("team-template-llm-chatbot")));

        NavigatorKt.expectView(ProjectView.class);
        assertThat(projectService.myProjects()).singleElement()
                .satisfies(card -> assertThat(card.groupName()).isEqualTo("RAG study"));

        signUpAndLogIn("loner@example.com", Language.EN);
        UI.getCurrent().navigate("projects");
        assertThat(_get(ProjectsView.class).newTeamProject.getParent()).isEmpty();
    }

    @Test
    void aTaskIsGivenToAMemberInTheTaskDialog() {
        long id = teamProjects.createBlank(groupId, "Team API");
        projectBoard.addTask(id, "Write the Dockerfile");
        open(id);
        ProjectDetails project = projectService.details(id);
        TaskDialog dialog = new TaskDialog(projectBoard, projectService, project, project.tasks().get(0), () -> { });
        dialog.open();

        assertThat(dialog.assignee.getParent()).as("offered on a team project").isPresent();
        _setValue(dialog.assignee, lead);
        _click(dialog.save);

        assertThat(projectService.details(id).tasks().get(0).assignee()).isEqualTo("lead");
        UI.getCurrent().navigate("projects");
        UI.getCurrent().navigate(ProjectView.class, new RouteParameters("id", String.valueOf(id)));
        assertThat(_get(ProjectView.class).board.getElement().getTextRecursively()).contains("Assigned to lead");
    }

    @Test
    void whenTwoMembersEditOneTaskTheSecondIsToldAndKeepsWhatTheyTyped() {
        long id = teamProjects.createBlank(groupId, "Team API");
        projectBoard.addTask(id, "Write the Dockerfile");
        open(id);
        ProjectDetails project = projectService.details(id);
        ProjectDetails.Task task = project.tasks().get(0);
        TaskDialog dialog = new TaskDialog(projectBoard, projectService, project, task, () -> { });
        dialog.open();

        accounts.logIn(LEAD, AccountFixtures.PASSWORD);
        projectBoard.editTask(task.id(), "Saved by the lead", null, null, null, task.version());
        accounts.logIn(MATE, AccountFixtures.PASSWORD);
        _setValue(dialog.title, "Typed by the mate");
        _setValue(dialog.assignee, lead);
        _click(dialog.save);

        NotificationsKt.expectNotifications(
                "This task was changed meanwhile, in another tab or by a teammate. Your text is still here: "
                        + "save again to replace that version.");
        assertThat(dialog.title.getValue()).isEqualTo("Typed by the mate");
        assertThat(dialog.assignee.getValue()).isEqualTo(lead);
        assertThat(projectService.details(id).tasks().get(0).title()).isEqualTo("Saved by the lead");

        _click(dialog.save);
        ProjectDetails.Task replaced = projectService.details(id).tasks().get(0);
        assertThat(replaced.title()).isEqualTo("Typed by the mate");
        assertThat(replaced.assigneeId()).isEqualTo(lead);
    }

    @Test
    void savingATaskATeammateDeletedSaysSoAndKeepsTheDialogAndWhatWasTyped() {
        long id = teamProjects.createBlank(groupId, "Team API");
        projectBoard.addTask(id, "Write the Dockerfile");
        open(id);
        ProjectDetails project = projectService.details(id);
        TaskDialog dialog = new TaskDialog(projectBoard, projectService, project, project.tasks().get(0), () -> { });
        dialog.open();

        accounts.logIn(LEAD, AccountFixtures.PASSWORD);
        projectBoard.deleteTask(project.tasks().get(0).id());
        accounts.logIn(MATE, AccountFixtures.PASSWORD);
        _setValue(dialog.title, "Typed by the mate");
        _click(dialog.save);

        NotificationsKt.expectNotifications("This task was deleted meanwhile, in another tab or by a teammate. "
                + "Your text is still here: copy it if you want to keep it.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.title.getValue()).isEqualTo("Typed by the mate");
    }

    @Test
    void someoneOutsideTheGroupFindsNoTeamProject() {
        long id = teamProjects.createBlank(groupId, "Team API");
        signUpAndLogIn("visitor@example.com", Language.EN);
        openBrowser(Locale.ENGLISH);

        UI.getCurrent().navigate(ProjectView.class,
                new RouteParameters("id", String.valueOf(id)));
        NavigatorKt.expectView(RouteNotFoundView.class);
    }

    private ProjectView open(long id) {
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate(ProjectView.class, new RouteParameters("id", String.valueOf(id)));
        return _get(ProjectView.class);
    }
}
