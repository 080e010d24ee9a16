package app.waypoint.account.ui;

import app.waypoint.account.domain.AccountRepository;
import app.waypoint.account.domain.RegistrationMode;
import app.waypoint.account.domain.SecurityEventKind;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.account.service.AdminService;
import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.menubar.MenuBar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The admin console: only admins see it; search, paging and each row's actions, in the admin's language. */
class AdminUsersViewTest extends KaribuTest {

    @Autowired AccountRepository accountRepository;
    @Autowired AdminService admin;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anonymousVisitorsGoToTheLoginAndPeopleWhoAreNotAdminsSeeTheUnknownAddressPage() {
        accounts.signUp("admin@example.com", "Admin");
        openBrowser();
        UI.getCurrent().navigate("admin/users");
        NavigatorKt.expectView(LoginView.class);
        closeAndSignUpPerson();

        UI.getCurrent().navigate("admin/users");

        NavigatorKt.expectView(AccessDeniedView.class);
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("Admin console", "관리자 콘솔");
    }

    @Test
    void anAdminFindsAccountsByNameAndPagesThroughAThousand() {
        signUpAndLogIn("admin@example.com", Language.KO);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            rows.add(new Object[]{"person" + i + "@example.com", "사람 " + i});
        }
        jdbc.batchUpdate("""
                insert into account (email, display_name, password_hash, role, time_zone, dark_mode, created_at,
                                     password_changed_at, version)
                values (?, ?, 'x', 'USER', 'Asia/Seoul', false, now(), now(), 0)""", rows);
        openBrowser(Locale.KOREAN);
        UI.getCurrent().navigate("admin/users");
        AdminUsersView view = _get(AdminUsersView.class);

        assertThat(view.getElement().getTextRecursively()).contains("1,001", "계정", "이번 주 로그인");
        assertThat(view.accounts.pageInfo.getText()).isEqualTo("1 / 51쪽 · 계정 1,001개");
        assertThat(view.accounts.list.getChildren()).hasSize(AdminService.PAGE_SIZE);
        view.accounts.next.click();
        assertThat(view.accounts.pageInfo.getText()).startsWith("2 / 51쪽");

        _setValue(view.accounts.search, "person77");
        assertThat(view.accounts.list.getElement().getTextRecursively()).contains("person77@example.com",
                "person770@example.com").doesNotContain("person78@");
        assertThat(view.accounts.pageInfo.getText()).isEqualTo("1 / 1쪽 · 계정 11개");

        _setValue(view.accounts.search, "nobody-like-this");
        assertThat(view.accounts.list.getElement().getTextRecursively()).isEqualTo("검색에 맞는 계정이 없습니다.");
    }

    @Test
    void disablingAsksFirstSaysWhatHappensAndRedrawsOnlyThatRow() {
        signUpAndLogIn("admin@example.com", Language.KO);
        accounts.signUp("minji@example.com", "민지");
        openBrowser(Locale.KOREAN);
        UI.getCurrent().navigate("admin/users");
        AdminUsersView view = _get(AdminUsersView.class);
        ListItem adminRow = row(view, "admin@example.com");

        ContextMenuKt._clickItemWithCaption(_get(row(view, "minji@example.com"), MenuBar.class), "계정 비활성화");
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message"))
                .isEqualTo("모든 기기에서 바로 로그아웃되고, 관리자가 다시 활성화할 때까지 로그인할 수 없습니다. 데이터는 삭제되지 않습니다.");
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));

        assertThat(accountRepository.findByEmail("minji@example.com").orElseThrow().isDisabled()).isTrue();
        assertThat(row(view, "minji@example.com").getElement().getTextRecursively()).contains("비활성");
        assertThat(row(view, "admin@example.com")).as("the other rows stay as they were").isSameAs(adminRow);
    }

    @Test
    void aResetLinkIsShownOnceWithItsExpiryAndWorksOnTheResetPage() {
        signUpAndLogIn("admin@example.com", Language.EN);
        accounts.signUp("minji@example.com", "Minji");
        openBrowser();
        UI.getCurrent().navigate("admin/users");
        AdminUsersView view = _get(AdminUsersView.class);

        ContextMenuKt._clickItemWithCaption(_get(row(view, "minji@example.com"), MenuBar.class), "Password-reset link");

        Dialog dialog = _get(Dialog.class);
        String link = _get(dialog, OneTimeLinkField.class).address.getValue();
        assertThat(link).contains("/reset/");
        assertThat(dialog.getElement().getTextRecursively()).contains("Waypoint sends no mail", "once, until");
        String secret = link.substring(link.indexOf("/reset/") + "/reset/".length());
        UI.getCurrent().navigate("admin/users");

        AccountFixtures.logOut();
        MockVaadin.tearDown();
        openBrowser();
        UI.getCurrent().navigate("reset/" + secret);
        ResetPasswordView reset = _get(ResetPasswordView.class);
        assertThat(reset.whose.getText()).isEqualTo("A new password for minji@example.com.");
        _setValue(reset.password, "river stones at midnight");
        _setValue(reset.confirmation, "river stones at midnight");
        reset.save.click();

        NavigatorKt.expectView(LoginView.class);
        assertThat(_get(LoginView.class).expired.getText()).isEqualTo("Your new password is set. Sign in with it.");
        assertThat(accounts.logIn("minji@example.com", "river stones at midnight").isAuthenticated()).isTrue();

        AccountFixtures.logOut();
        UI.getCurrent().navigate("reset/" + secret);
        assertThat(_get(ResetPasswordView.class).whose.getText()).startsWith("This link does not work");
        assertThat(_get(ResetPasswordView.class).save.isVisible()).isFalse();
    }

    @Test
    void choosingARegistrationModeAppliesAtOnceAndInviteLinksShowOnlyWhenInviteOnly() {
        signUpAndLogIn("admin@example.com", Language.EN);
        openBrowser();
        UI.getCurrent().navigate("admin/users");
        _get(AdminUsersView.class).tabs.setSelectedIndex(1);
        RegistrationPanel registration = _get(AdminUsersView.class).registration;
        assertThat(registration.issueInvite.getParent().orElseThrow().isVisible()).isFalse();

        _setValue(registration.mode, RegistrationMode.INVITE_ONLY);
        registration.issueInvite.click();

        assertThat(admin.instanceSettings().registrationMode()).isEqualTo(RegistrationMode.INVITE_ONLY);
        assertThat(registration.issueInvite.getParent().orElseThrow().isVisible()).isTrue();
        assertThat(_get(registration, OneTimeLinkField.class).address.getValue()).contains("/signup?invite=");
        _get(AdminUsersView.class).tabs.setSelectedIndex(2);
        assertThat(_get(AdminUsersView.class).securityLog.list.getElement().getTextRecursively())
                .contains("Registration mode changed", "Invite only").doesNotContain("INVITE_ONLY");
    }

    @Test
    void aSecondAdminsNewerChoiceIsNotOverwritten() {
        signUpAndLogIn("admin@example.com", Language.EN);
        openBrowser();
        UI.getCurrent().navigate("admin/users");
        _get(AdminUsersView.class).tabs.setSelectedIndex(1);
        RegistrationPanel registration = _get(AdminUsersView.class).registration;
        admin.changeRegistrationMode(RegistrationMode.CLOSED, admin.instanceSettings().version());

        _setValue(registration.mode, RegistrationMode.INVITE_ONLY);

        assertThat(admin.instanceSettings().registrationMode()).isEqualTo(RegistrationMode.CLOSED);
        assertThat(registration.mode.getValue()).isEqualTo(RegistrationMode.CLOSED);
    }

    @Test
    void theSecurityLogFiltersByKindAndByAccountAndNamesEveryKindInBothLanguages() {
        signUpAndLogIn("admin@example.com", Language.KO);
        accounts.signUp("minji@example.com", "민지");
        openBrowser(Locale.KOREAN);
        UI.getCurrent().navigate("admin/users");
        AdminUsersView view = _get(AdminUsersView.class);

        ContextMenuKt._clickItemWithCaption(_get(row(view, "minji@example.com"), MenuBar.class), "보안 기록 보기");
        assertThat(view.securityLog.list.getElement().getTextRecursively()).contains("계정 생성", "minji@example.com")
                .doesNotContain("admin@example.com");
        view.securityLog.accountFilter.click();
        _setValue(view.securityLog.kind, SecurityEventKind.SIGN_IN);
        assertThat(view.securityLog.list.getElement().getTextRecursively()).contains("로그인", "admin@example.com")
                .doesNotContain("계정 생성");

        for (SecurityEventKind kind : SecurityEventKind.values()) {
            assertThat(view.getTranslation(Locale.KOREAN, "security.event." + kind)).as(kind + " in Korean")
                    .isNotEqualTo("security.event." + kind);
            assertThat(view.getTranslation(Locale.ENGLISH, "security.event." + kind)).as(kind + " in English")
                    .isNotEqualTo("security.event." + kind);
        }
    }

    private void closeAndSignUpPerson() {
        MockVaadin.tearDown();
        accounts.signUpAndLogIn("person@example.com");
        openBrowser();
    }

    private static ListItem row(AdminUsersView view, String email) {
        return view.accounts.list.getChildren().map(ListItem.class::cast)
                .filter(item -> item.getElement().getTextRecursively().contains(email)).findFirst().orElseThrow();
    }
}
