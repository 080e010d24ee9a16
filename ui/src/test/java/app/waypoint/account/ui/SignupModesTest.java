package app.waypoint.account.ui;

import app.waypoint.account.domain.AccountRepository;
import app.waypoint.account.domain.RegistrationMode;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.account.service.AdminService;
import app.waypoint.base.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The sign-up page says how this instance lets people in, and shows its form only when it can open an account. */
class SignupModesTest extends KaribuTest {

    @Autowired AdminService admin;
    @Autowired AccountRepository accountRepository;

    @BeforeEach
    void anInstanceWithAnAdmin() {
        accounts.signUp("admin@example.com", "Admin");
    }

    @Test
    void aClosedInstanceSaysSoAndShowsNoForm() {
        changeMode(RegistrationMode.CLOSED);
        openBrowser(Locale.KOREAN);

        UI.getCurrent().navigate("signup");

        SignupView signup = _get(SignupView.class);
        assertThat(signup.access.getText()).isEqualTo("이 Waypoint는 지금 새 계정을 받지 않습니다. 계정이 필요하면 관리자에게 문의하세요.");
        assertThat(signup.create.isVisible()).isFalse();
    }

    @Test
    void anInviteOnlyInstanceOpensOneAccountPerLink() {
        changeMode(RegistrationMode.INVITE_ONLY);
        accounts.logIn("admin@example.com", AccountFixtures.PASSWORD);
        String invite = admin.issueSignUpInvite().secret();
        AccountFixtures.logOut();
        openBrowser();

        UI.getCurrent().navigate("signup");
        assertThat(_get(SignupView.class).access.getText()).startsWith("On this Waypoint you need a sign-up link");
        assertThat(_get(SignupView.class).create.isVisible()).isFalse();

        UI.getCurrent().navigate("signup", QueryParameters.simple(Map.of("invite", invite)));
        SignupView signup = _get(SignupView.class);
        assertThat(signup.access.getText()).isEqualTo("You were invited: this sign-up link opens one account.");
        _setValue(signup.email, "invited@example.com");
        _setValue(signup.displayName, "Invited");
        _setValue(signup.password, AccountFixtures.PASSWORD);
        _setValue(signup.confirmation, AccountFixtures.PASSWORD);
        signup.create.click();

        assertThat(accountRepository.findByEmail("invited@example.com")).isPresent();
    }

    @Test
    void anOpenInstanceShowsTheFormWithoutANotice() {
        openBrowser();

        UI.getCurrent().navigate("signup");

        assertThat(_get(SignupView.class).access.isVisible()).isFalse();
        assertThat(_get(SignupView.class).create.isVisible()).isTrue();
    }

    private void changeMode(RegistrationMode mode) {
        accounts.logIn("admin@example.com", AccountFixtures.PASSWORD);
        admin.changeRegistrationMode(mode, admin.instanceSettings().version());
        AccountFixtures.logOut();
    }
}
