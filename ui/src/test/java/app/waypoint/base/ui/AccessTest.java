package app.waypoint.base.ui;

import app.waypoint.account.ui.LoginView;
import app.waypoint.today.ui.HomeView;
import app.waypoint.account.ui.SettingsView;
import app.waypoint.account.ui.SignupView;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class AccessTest extends KaribuTest {

    @Test
    void anonymousVisitorsOfThePrivateScreensLandOnTheLoginView() {
        openBrowser();

        UI.getCurrent().navigate("");
        NavigatorKt.expectView(LoginView.class);

        UI.getCurrent().navigate("settings");
        NavigatorKt.expectView(LoginView.class);
    }

    @Test
    void anonymousVisitorsMaySignUp() {
        openBrowser();

        UI.getCurrent().navigate("signup");

        NavigatorKt.expectView(SignupView.class);
    }

    @Test
    void signedInPeopleSeeTheirHomeAndSettings() {
        accounts.signUpAndLogIn("seo@example.com");
        openBrowser();

        UI.getCurrent().navigate("");
        NavigatorKt.expectView(HomeView.class);
        // the account was opened in Korean, which wins over the English browser
        assertThat(_get(H1.class).getText()).isEqualTo("안녕하세요, seo님");

        UI.getCurrent().navigate("settings");
        NavigatorKt.expectView(SettingsView.class);
    }

    @Test
    void signedInPeopleAreSentOnFromLoginAndSignUp() {
        accounts.signUpAndLogIn("seo@example.com");
        openBrowser();

        UI.getCurrent().navigate("login");
        NavigatorKt.expectView(HomeView.class);

        UI.getCurrent().navigate("signup");
        NavigatorKt.expectView(HomeView.class);
    }
}
