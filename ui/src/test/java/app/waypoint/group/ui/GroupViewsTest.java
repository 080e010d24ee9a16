package app.waypoint.group.ui;

import app.waypoint.account.service.AccountFixtures;
import app.waypoint.account.ui.LoginView;
import app.waypoint.account.ui.RouteNotFoundView;
import app.waypoint.base.domain.Language;
import app.waypoint.interview.domain.MockInterviewKind;
import app.waypoint.interview.ui.MockInterviewsView;
import app.waypoint.interview.service.MockInterviewDraft;
import app.waypoint.interview.service.MockInterviewService;
import app.waypoint.group.service.PairingService;
import java.time.LocalDate;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.group.domain.Attendance;
import app.waypoint.group.domain.GroupRole;
import app.waypoint.group.service.GroupChecklistService;
import app.waypoint.group.service.SessionService;
import app.waypoint.interview.service.ChecklistService;
import app.waypoint.group.service.GroupProgressService;
import app.waypoint.group.service.GroupService;
import app.waypoint.roadmap.domain.ProgressStatus;
import app.waypoint.roadmap.service.RoadmapService;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Optional;
import app.waypoint.base.domain.ActivityKind;
import app.waypoint.group.service.GroupSummary;
import app.waypoint.portfolio.service.ProjectBoardService;
import app.waypoint.portfolio.service.TeamProjectService;
import app.waypoint.portfolio.ui.ProjectsView;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class GroupViewsTest extends KaribuTest {

    static final String ROADMAP = "ai-backend-2025h2";

    @Autowired GroupService groups;
    @Autowired TeamProjectService teamProjects;
    @Autowired ProjectBoardService projectBoard;
    @Autowired MockInterviewService mocks;
    @Autowired PairingService pairing;
    @Autowired GroupProgressService progress;
    @Autowired RoadmapService roadmaps;
    @Autowired SessionService sessions;
    @Autowired GroupChecklistService groupChecklists;
    @Autowired ChecklistService checklists;

    @Test
    void anonymousVisitorsAreSentToLogin() {
        openBrowser();
        UI.getCurrent().navigate("groups");
        NavigatorKt.expectView(LoginView.class);
    }

    @Test
    void aGroupIsCreatedFromTheEmptyListAndOpens() {
        signUpAndLogIn("creator@example.com", Language.KO);
        openBrowser(Locale.KOREAN);
        UI.getCurrent().navigate("groups");
        GroupsView list = _get(GroupsView.class);
        assertThat(list.list.getElement().getTextRecursively()).contains("아직 참여한 그룹이 없습니다");

        _click(list.create);
        assertThat(list.name.getErrorMessage()).isEqualTo("그룹 이름을 입력하세요.");
        _setValue(list.name, "RAG 스터디");
        _click(list.create);

        NavigatorKt.expectView(GroupView.class);
        assertThat(groups.myGroups()).singleElement()
                .satisfies(group -> assertThat(group.myRole()).isEqualTo(GroupRole.OWNER));
    }

    @Test
    void anInviteIsConfirmedBeforeJoiningAndAWrongOneIsExplained() {
        signUpAndLogIn("host@example.com", Language.EN);
        long id = groups.create("Study", "Saturdays");
        String code = groups.details(id).invite().code();
        signUpAndLogIn("guest@example.com", Language.EN);
        openBrowser(Locale.ENGLISH);

        UI.getCurrent().navigate("groups/join/wrong-code");
        assertThat(_get(JoinGroupView.class).content.getElement().getTextRecursively())
                .contains("This invite link does not work (any more).");

        UI.getCurrent().navigate("groups/join/" + code);
        JoinGroupView join = _get(JoinGroupView.class);
        assertThat(join.content.getElement().getTextRecursively()).contains("Study", "Saturdays", "1 member");
        assertThat(groups.myGroups()).as("nothing happens before confirming").isEmpty();
        _click(join.join);

        NavigatorKt.expectView(GroupView.class);
        assertThat(groups.myGroups()).singleElement()
                .satisfies(group -> assertThat(group.myRole()).isEqualTo(GroupRole.MEMBER));
    }

    @Test
    void aNonMemberGetsNotFoundAndAPlainMemberSeesNoInviteOrRemoveButtons() {
        signUpAndLogIn("host2@example.com", Language.EN);
        long id = groups.create("Closed", null);
        String code = groups.details(id).invite().code();
        signUpAndLogIn("outsider@example.com", Language.EN);
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate(GroupView.class,
                new RouteParameters("id", String.valueOf(id)));
        NavigatorKt.expectView(RouteNotFoundView.class);

        groups.join(code);
        GroupView view = open(id);
        view.tabs.setSelectedIndex(7);
        GroupSettingsPanel settings = _get(GroupSettingsPanel.class);
        assertThat(settings.inviteLink.isAttached()).isFalse();
        view.tabs.setSelectedIndex(6);
        _assertNone(Button.class, spec -> spec.withText("Remove"));
    }

    @Test
    void theOwnerSeesProgressOnTheBoardAndRemovesAMemberAfterConfirming() {
        signUpAndLogIn("owner@example.com", Language.EN);
        long id = groups.create("Board group", null);
        groups.adoptRoadmap(id, ROADMAP);
        String code = groups.details(id).invite().code();
        signUpAndLogIn("busy@example.com", Language.EN);
        groups.join(code);
        roadmaps.changeStatus(roadmaps.outline(ROADMAP).stages().get(0).topics().get(0).id(), ProgressStatus.DONE);
        logIn("owner@example.com");

        GroupView view = open(id);
        GroupBoardPanel board = _get(GroupBoardPanel.class);
        assertThat(board.board.getElement().getTextRecursively()).contains("busy", "owner", "%");
        view.tabs.setSelectedIndex(1);
        assertThat(_get(GroupFeedPanel.class).items.getElement().getTextRecursively())
                .contains("busy finished", "busy joined the group");

        view.tabs.setSelectedIndex(6);
        _click(_get(Button.class, spec -> spec.withText("Remove")));
        assertThat(groups.details(id).members()).as("nothing before confirming").hasSize(2);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        assertThat(groups.details(id).members()).hasSize(1);
    }

    @Test
    void sharingIsChosenPerGroupAndTheOwnerCannotLeave() {
        signUpAndLogIn("sharer@example.com", Language.EN);
        long id = groups.create("Sharing", null);
        GroupView view = open(id);
        view.tabs.setSelectedIndex(7);
        GroupSettingsPanel settings = _get(GroupSettingsPanel.class);
        assertThat(settings.shareNotes.getValue()).as("notes are private by default").isFalse();
        _setValue(settings.shareNotes, true);
        assertThat(groups.details(id).mySharing().notes()).isTrue();

        _click(settings.delete);
        DeleteGroupDialog dialog = _get(DeleteGroupDialog.class);
        _setValue(dialog.confirmation, "sharing");
        _click(dialog.delete);
        assertThat(dialog.confirmation.getErrorMessage()).isEqualTo("Type the group name exactly as shown to delete it.");
        assertThat(groups.myGroups()).hasSize(1);
        _setValue(dialog.confirmation, "Sharing");
        _click(dialog.delete);
        assertThat(groups.myGroups()).isEmpty();
        NavigatorKt.expectView(GroupsView.class);
    }

    @Test
    void aRefusedActionIsExplained() {
        long id = ownerAndMember("first@example.com", "Race", "second@example.com");
        GroupView view = open(id);
        view.tabs.setSelectedIndex(6);
        Button remove = _get(Button.class, spec -> spec.withText("Remove"));
        // Meanwhile the owner handed the group to the other member in another tab.
        groups.transferOwnership(id, groups.details(id).members().get(1).accountId());
        _click(remove);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        NotificationsKt.expectNotifications("Only the owner can do this.");
        assertThat(groups.details(id).members()).hasSize(2);
    }

    @Test
    void theOwnerKeepsTheRegisterAndAMemberSeesTheirRate() {
        long id = ownerAndMember("register@example.com", "Register", "attendee@example.com");

        GroupView view = open(id);
        view.tabs.setSelectedIndex(2);
        GroupSessionsPanel panel = _get(GroupSessionsPanel.class);
        _setValue(panel.topic, "RAG evaluation");
        _click(panel.add);
        long session = sessions.overview(id).sessions().get(0).id();
        long attendee = groups.details(id).members().get(1).accountId();
        _setValue(_get(Select.class, spec -> spec.withId("attendance-" + session + "-" + attendee)),
                Attendance.PRESENT);
        assertThat(sessions.overview(id).rates().get(1).percent()).isEqualTo(100);

        logIn("attendee@example.com");
        view = open(id);
        view.tabs.setSelectedIndex(2);
        GroupSessionsPanel memberPanel = _get(GroupSessionsPanel.class);
        assertThat(memberPanel.getElement().getTextRecursively()).contains("RAG evaluation", "100% (1 of 1)", "Present");
        assertThat(memberPanel.add.isAttached()).as("members do not keep the register").isFalse();
    }

    @Test
    void markingAttendanceKeepsANextSessionBeingTypedAndUpdatesTheRates() {
        long id = ownerAndMember("typing@example.com", "Register", "present@example.com");
        GroupView view = open(id);
        view.tabs.setSelectedIndex(2);
        GroupSessionsPanel panel = _get(GroupSessionsPanel.class);
        _setValue(panel.topic, "RAG evaluation");
        _click(panel.add);
        long session = sessions.overview(id).sessions().get(0).id();
        long attendee = groups.details(id).members().get(1).accountId();

        GroupSessionsPanel refreshed = _get(GroupSessionsPanel.class);
        _setValue(refreshed.topic, "Next week: vector databases");
        _setValue(_get(Select.class, spec -> spec.withId("attendance-" + session + "-" + attendee)),
                Attendance.PRESENT);

        assertThat(_get(GroupSessionsPanel.class)).isSameAs(refreshed);
        assertThat(refreshed.topic.getValue()).isEqualTo("Next week: vector databases");
        assertThat(refreshed.getElement().getTextRecursively()).contains("100% (1 of 1)");
    }

    @Test
    void thePairLogsItsInterviewFromThePairsTabWhichThenCountsItAsHeld() {
        long id = ownerAndMember("pairer@example.com", "Pairs", "partner@example.com");

        GroupView view = open(id);
        view.tabs.setSelectedIndex(3);
        _click(_get(GroupPairsPanel.class).draw);
        GroupPairsPanel panel = _get(GroupPairsPanel.class);
        assertThat(panel.getElement().getTextRecursively())
                .contains("Your partner this week: partner", "0 of 1 pairs held their interview", "Not yet");

        _click(panel.logMock);
        NavigatorKt.expectView(MockInterviewsView.class);
        assertThat(_get(Dialog.class).getElement().getTextRecursively())
                .contains("With partner, your pair this week: they see this interview and can add their feedback.");
        mocks.log(new MockInterviewDraft(LocalDate.of(2026, 3, 2), MockInterviewKind.CODING, null, null, 4, List.of(),
                pairing.thisWeek(id).myPair().orElseThrow().id()));

        GroupView again = open(id);
        again.tabs.setSelectedIndex(3);
        GroupPairsPanel held = _get(GroupPairsPanel.class);
        assertThat(held.getElement().getTextRecursively()).contains("1 of 1 pairs held their interview", "Held");
        assertThat(held.logMock.getText()).isEqualTo("See the interview and feedback");
        _click(held.logMock);
        NavigatorKt.expectView(MockInterviewsView.class);
        _assertNone(Dialog.class);
    }

    @Test
    void aChecklistIsTakenOnAndEachMembersCountShows() {
        signUpAndLogIn("lister@example.com", Language.EN);
        long id = groups.create("Lists", null);
        checklists.tick("technical-interview", "algorithms-100", true, null);
        GroupView view = open(id);
        view.tabs.setSelectedIndex(4);
        GroupChecklistsPanel panel = _get(GroupChecklistsPanel.class);
        _setValue(panel.assign, checklists.checklists().get(0));

        assertThat(groupChecklists.checklists(id)).hasSize(1);
        assertThat(_get(GroupChecklistsPanel.class).getElement().getTextRecursively()).contains("lister", "1/4");
    }

    @Test
    void whatIsTypedInTheSettingsSurvivesInviteAndRoadmapChangesThereAndThenSaves() {
        signUpAndLogIn("settings@example.com", Language.EN);
        long id = groups.create("Typing", null);
        String oldCode = groups.details(id).invite().code();
        GroupView view = open(id);
        view.tabs.setSelectedIndex(7);
        GroupSettingsPanel settings = _get(GroupSettingsPanel.class);
        _setValue(settings.name, "Typed, not saved");
        _setValue(settings.description, "A description in progress");

        _click(settings.rotate);
        confirm();
        assertThat(_get(GroupSettingsPanel.class).inviteLink.getValue()).doesNotContain(oldCode)
                .contains(groups.details(id).invite().code());
        _setValue(_get(GroupSettingsPanel.class).adopt, roadmaps.visibleRoadmaps().get(0));
        _click(_get(GroupSettingsPanel.class).expire);
        confirm();

        assertThat(_get(GroupSettingsPanel.class)).isSameAs(settings);
        assertThat(settings.name.getValue()).isEqualTo("Typed, not saved");
        assertThat(settings.description.getValue()).isEqualTo("A description in progress");
        assertThat(settings.getElement().getTextRecursively()).contains("The invite link is turned off.",
                "Stop following");
        assertThat(groups.details(id).roadmaps()).hasSize(1);
        view.tabs.setSelectedIndex(0);
        assertThat(_get(GroupBoardPanel.class).board.getElement().getTextRecursively())
                .as("the board, opened before, follows the adopted roadmap").contains("settings", "%");

        view.tabs.setSelectedIndex(7);
        _click(settings.saveName);
        NotificationsKt.expectNotifications("Group saved.");
        assertThat(groups.details(id).name()).as("the person's own invite changes are no conflict")
                .isEqualTo("Typed, not saved");
        assertThat(view.getElement().getTextRecursively()).contains("Typed, not saved", "A description in progress");
    }

    @Test
    void aNameSavedByAnotherAdminMeanwhileIsNotOverwrittenUntilSavedAgain() {
        signUpAndLogIn("about@example.com", Language.EN);
        long id = groups.create("Before", null);
        GroupView view = open(id);
        view.tabs.setSelectedIndex(7);
        GroupSettingsPanel settings = _get(GroupSettingsPanel.class);
        groups.describe(id, "Saved elsewhere", null, groups.details(id).version());

        _setValue(settings.name, "Typed here");
        _click(settings.saveName);
        NotificationsKt.expectNotifications(
                "Someone else changed the group in the meantime. Your text is still here: save again to replace that version.");
        assertThat(settings.name.getValue()).isEqualTo("Typed here");
        assertThat(groups.details(id).name()).isEqualTo("Saved elsewhere");

        _click(settings.saveName);
        assertThat(groups.details(id).name()).as("saving again replaces the version seen").isEqualTo("Typed here");
    }

    @Test
    void actionsInOtherTabsKeepWhatIsTypedInTheSessionsAndSettingsTabs() {
        long id = ownerAndMember("tabs@example.com", "Tabs", "mate@example.com");
        GroupView view = open(id);
        view.tabs.setSelectedIndex(7);
        GroupSettingsPanel settings = _get(GroupSettingsPanel.class);
        _setValue(settings.name, "A new name, typed");
        view.tabs.setSelectedIndex(2);
        GroupSessionsPanel sessionsPanel = _get(GroupSessionsPanel.class);
        _setValue(sessionsPanel.topic, "Next week: vector databases");

        view.tabs.setSelectedIndex(4);
        _setValue(_get(GroupChecklistsPanel.class).assign, checklists.checklists().get(0));
        assertThat(groupChecklists.checklists(id)).hasSize(1);
        _click(_get(Button.class, spec -> spec.withText("Stop working on this checklist")));
        ConfirmDialog asked = _get(ConfirmDialog.class);
        assertThat(asked.getElement().getProperty("header")).startsWith("Stop working on \"");
        assertThat(groupChecklists.checklists(id)).as("nothing dropped before confirming").hasSize(1);
        confirm();
        assertThat(groupChecklists.checklists(id)).isEmpty();
        view.tabs.setSelectedIndex(3);
        _click(_get(GroupPairsPanel.class).draw);
        assertThat(_get(GroupPairsPanel.class).getElement().getTextRecursively()).contains("Your partner this week");
        view.tabs.setSelectedIndex(6);
        _click(_get(Button.class, spec -> spec.withText("Make admin")));
        confirm();
        assertThat(_get(GroupMembersPanel.class).getElement().getTextRecursively()).contains("Admin");
        _click(_get(Button.class, spec -> spec.withText("Hand over ownership")));
        confirm();

        view.tabs.setSelectedIndex(2);
        assertThat(_get(GroupSessionsPanel.class)).isSameAs(sessionsPanel);
        assertThat(sessionsPanel.topic.getValue()).isEqualTo("Next week: vector databases");
        view.tabs.setSelectedIndex(7);
        assertThat(_get(GroupSettingsPanel.class)).isSameAs(settings);
        assertThat(settings.name.getValue()).isEqualTo("A new name, typed");
        assertThat(settings.leave.isAttached()).as("no longer the owner, so leaving instead of deleting").isTrue();
        assertThat(settings.delete.isAttached()).isFalse();

        _click(settings.leave);
        confirm();
        NavigatorKt.expectView(GroupsView.class);
        assertThat(groups.myGroups()).as("someone who left goes to their groups").isEmpty();
    }

    @Test
    void theFeedSaysWhenEachThingHappenedFiltersByKindAndTakesReactionsInATap() {
        long id = ownerAndMember("feed-owner@example.com", "Feed", "feed-mate@example.com");
        GroupView view = open(id);
        view.tabs.setSelectedIndex(1);
        GroupFeedPanel feed = _get(GroupFeedPanel.class);
        List<Div> rows = _find(feed.items, Div.class, spec -> spec.withClasses("feed-item"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getElement().getTextRecursively()).contains("feed-mate joined the group", "2026", ":");

        Button clap = _get(rows.get(0), Button.class, spec -> spec.withClasses("reaction-clap"));
        _click(clap);
        Button clapped = _get(rows.get(0), Button.class, spec -> spec.withClasses("reaction-clap"));
        assertThat(clapped.getText()).isEqualTo("1");
        assertThat(clapped.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(_find(feed.items, Div.class, spec -> spec.withClasses("feed-item")).get(0))
                .as("only its reactions are shown anew, not the item or the feed").isSameAs(rows.get(0));

        _setValue(feed.kind, Optional.of(ActivityKind.PROBLEM_SOLVED));
        assertThat(feed.items.getElement().getTextRecursively()).contains("Nothing of this kind yet");
        _setValue(feed.kind, Optional.empty());
        assertThat(_find(feed.items, Div.class, spec -> spec.withClasses("feed-item"))).hasSize(1);
        assertThat(_get(_find(feed.items, Div.class, spec -> spec.withClasses("feed-item")).get(0), Button.class,
                spec -> spec.withClasses("reaction-clap")).getText()).as("kept after showing anew").isEqualTo("1");
    }

    @Test
    void theProjectsTabListsTheGroupsTeamProjectsAndStartsOneForThisGroup() {
        long id = ownerAndMember("projects-tab@example.com", "Projects", "projects-mate@example.com");
        long project = teamProjects.createBlank(id, "Vector search demo");
        projectBoard.addTask(project, "Pick an index");
        GroupView view = open(id);
        view.tabs.setSelectedIndex(5);
        assertThat(view.tabs.getSelectedTab().getLabel()).isEqualTo("Projects");
        GroupProjectsPanel panel = _get(GroupProjectsPanel.class);
        assertThat(panel.getElement().getTextRecursively()).contains("Vector search demo", "Idea", "0 of 1 tasks done");
        assertThat(_get(panel, Anchor.class).getHref()).isEqualTo("projects/" + project);

        _click(panel.newProject);
        NavigatorKt.expectView(ProjectsView.class);
        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("New team project");
        assertThat(((GroupSummary) _get(dialog, Select.class).getValue()).id()).as("the dialog opens for this group")
                .isEqualTo(id);
    }

    private static void confirm() {
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
    }

    /** A group created by {@code owner} that {@code member} joined; {@code owner} is signed in again. */
    private long ownerAndMember(String owner, String name, String member) {
        signUpAndLogIn(owner, Language.EN);
        long id = groups.create(name, null);
        String code = groups.details(id).invite().code();
        signUpAndLogIn(member, Language.EN);
        groups.join(code);
        logIn(owner);
        return id;
    }

    private void logIn(String email) {
        accounts.logIn(email, AccountFixtures.PASSWORD);
    }

    private GroupView open(long id) {
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate(GroupView.class, new RouteParameters("id", String.valueOf(id)));
        return _get(GroupView.class);
    }
}
