package app.waypoint.account.ui;

import app.waypoint.base.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class LoginViewTest extends KaribuTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new BadCredentialsException("Bad credentials"), "Email or password is incorrect"),
                Arguments.of(new LockedException("Too many failed logins"), "Too many failed attempts"));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void aFailedLoginSaysWhyWithoutRevealingWhetherTheEmailExists(Exception failure, String expectedTitle) {
        openBrowser();
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);

        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(shownTexts(form)).contains(expectedTitle);
    }

    @Test
    void aFreshVisitShowsNoError() {
        openBrowser();

        UI.getCurrent().navigate("login");

        assertThat(_get(LoginForm.class).isError()).isFalse();
        assertThat(_get(LoginForm.class).getAction()).isEqualTo("login");
    }

    /** The texts the login form is given, as the browser receives them. */
    static String shownTexts(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
