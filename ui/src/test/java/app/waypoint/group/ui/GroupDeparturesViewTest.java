package app.waypoint.group.ui;

import app.waypoint.StatementCounter;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.account.ui.LoginView;
import app.waypoint.account.ui.SignupView;
import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.group.service.GroupDetails;
import app.waypoint.group.service.GroupService;
import app.waypoint.portfolio.service.ProjectService;
import app.waypoint.portfolio.service.TeamProjectService;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Removing, allowing back and deleting a group, as owners and invited people see them. */
class GroupDeparturesViewTest extends KaribuTest {

    @Autowired GroupService groups;
    @Autowired TeamProjectService teamProjects;
    @Autowired ProjectService projects;
    @Autowired CurrentUser currentUser;
    @Autowired StatementCounter statements;

    @Test
    void removingSaysTheyCannotComeBackAndTheOwnerAllowsThemBackFromTheMembersTab() {
        long id = ownerAndMember();
        GroupView view = open(id, Locale.KOREAN);
        view.tabs.setSelectedIndex(6);
        _click(_get(Button.class, spec -> spec.withText("내보내기")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message"))
                .contains("다시 허용하기 전까지는 어떤 초대 링크로도 다시 참여할 수 없습니다");
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));

        GroupMembersPanel members = _get(GroupMembersPanel.class);
        assertThat(members.getElement().getTextRecursively()).contains("내보낸 사람", "mate");
        _click(_get(Button.class, spec -> spec.withText("다시 허용")));
        ConfirmDialog allow = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(allow, new ConfirmDialog.ConfirmEvent(allow, true));
        assertThat(groups.details(id).removed()).isEmpty();
        assertThat(_get(GroupMembersPanel.class).getElement().getTextRecursively()).doesNotContain("내보낸 사람");
    }

    @Test
    void aRemovedPersonOpeningTheInviteIsToldWhyTheyCannotJoin() {
        long id = ownerAndMember();
        String code = groups.details(id).invite().code();
        groups.removeMember(id, groups.details(id).members().get(1).accountId());
        accounts.logIn("mate@example.com", AccountFixtures.PASSWORD);
        openBrowser(Locale.KOREAN);
        UI.getCurrent().navigate("groups/join/" + code);
        JoinGroupView join = _get(JoinGroupView.class);
        assertThat(join.content.getElement().getTextRecursively())
                .contains("이 그룹에서 내보내졌습니다");
        assertThat(join.join.getParent()).as("no way to join is offered").isEmpty();
    }

    @Test
    void theDeleteDialogNamesTheTeamProjectsAndKeepsOneAsAMembersOwn() {
        long id = ownerAndMember();
        long kept = teamProjects.createBlank(id, "Team RAG");
        long dropped = teamProjects.createBlank(id, "Team CV");
        GroupView view = open(id, Locale.KOREAN);
        view.tabs.setSelectedIndex(7);
        _click(_get(GroupSettingsPanel.class).delete);
        DeleteGroupDialog dialog = _get(DeleteGroupDialog.class);
        assertThat(dialog.projects.getElement().getTextRecursively()).contains("Team RAG", "Team CV",
                "그룹과 같이 삭제됩니다");

        // the first row is the oldest project, Team RAG
        @SuppressWarnings("unchecked")
        Select<GroupDetails.Member> keeper = _find(dialog.projects, Select.class).get(0);
        _click(_find(dialog.projects, Button.class, spec -> spec.withText("남기기")).get(0));
        assertThat(keeper.isInvalid()).as("asks whom first").isTrue();
        assertThat(dialog.named).hasSize(2);
        GroupDetails.Member mate = groups.details(id).members().get(1);
        _setValue(keeper, mate);
        _click(_find(dialog.projects, Button.class, spec -> spec.withText("남기기")).get(0));
        assertThat(dialog.named).containsOnlyKeys(dropped);
        assertThat(dialog.projects.getElement().getTextRecursively()).doesNotContain("Team RAG");

        _setValue(dialog.confirmation, "Study");
        _click(dialog.delete);
        assertThat(groups.myGroups()).isEmpty();
        accounts.logIn("mate@example.com", AccountFixtures.PASSWORD);
        assertThat(projects.myProjects()).extracting(card -> card.id()).containsExactly(kept);
    }

    @Test
    void theLoginAndSignUpPagesSayWhichGroupAnInviteIsFor() {
        long id = ownerAndMember();
        String code = groups.details(id).invite().code();
        AccountFixtures.logOut();
        openBrowser(Locale.KOREAN);
        UI.getCurrent().navigate("groups/join/" + code);
        NavigatorKt.expectView(LoginView.class);
        assertThat(_get(LoginView.class).getElement().getTextRecursively())
                .contains("“Study” 그룹에 초대받았습니다");
        UI.getCurrent().navigate(SignupView.class);
        assertThat(_get(SignupView.class).getElement().getTextRecursively())
                .contains("“Study” 그룹에 초대받았습니다");
    }

    @Test
    void theMembersTabReadsTheSignedInAccountOnceWhateverTheNumberOfMembers() {
        long id = ownerAndMember();
        int two = statementsToShowMembers(id);
        long accountReadsWithTwo = accountReads();
        String code = groups.details(id).invite().code();
        for (int i = 0; i < 8; i++) {
            signUpAndLogIn("extra" + i + "@example.com", Language.KO);
            groups.join(code);
        }
        accounts.logIn("owner@example.com", AccountFixtures.PASSWORD);
        int ten = statementsToShowMembers(id);
        assertThat(_get(GroupMembersPanel.class).getElement().getTextRecursively()).contains("extra7");
        assertThat(accountReads()).as(statements.statements().toString()).isEqualTo(accountReadsWithTwo);
        assertThat(ten).isEqualTo(two);
    }

    /** Opens the group on its board, then counts what showing the members tab takes. */
    private int statementsToShowMembers(long id) {
        GroupView view = open(id, Locale.KOREAN);
        statements.reset();
        view.tabs.setSelectedIndex(6);
        _get(GroupMembersPanel.class);
        return statements.count();
    }

    private long accountReads() {
        return statements.statements().stream().filter(sql -> sql.contains("from account")).count();
    }

    private long ownerAndMember() {
        signUpAndLogIn("owner@example.com", Language.KO);
        long id = groups.create("Study", null);
        String code = groups.details(id).invite().code();
        signUpAndLogIn("mate@example.com", Language.KO);
        groups.join(code);
        accounts.logIn("owner@example.com", AccountFixtures.PASSWORD);
        return id;
    }

    private GroupView open(long id, Locale locale) {
        openBrowser(locale);
        UI.getCurrent().navigate(GroupView.class, new RouteParameters("id", String.valueOf(id)));
        return _get(GroupView.class);
    }
}
