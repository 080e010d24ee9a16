package app.waypoint.account.ui;

import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.group.service.GroupService;
import app.waypoint.portfolio.service.ProjectService;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** An unknown address, someone else's project and a group one is not in all show the same in-app page. */
class NotFoundPageTest extends KaribuTest {

    @Autowired ProjectService projects;
    @Autowired GroupService groups;

    @Test
    void anUnknownAddressShowsTheInAppPageInKoreanWithAWayHome() {
        signUpAndLogIn("minji@example.com", Language.KO);
        openBrowser(Locale.ENGLISH);

        open("no/such/page");

        assertKoreanNotFoundPage();
    }

    @Test
    void someoneElsesProjectAndAGroupOneIsNotInLookExactlyLikeAnUnknownAddress() {
        signUpAndLogIn("owner@example.com", Language.EN);
        long project = projects.createBlank("Private project");
        long group = groups.create("Closed group", null);
        signUpAndLogIn("visitor@example.com", Language.KO);
        openBrowser(Locale.ENGLISH);

        UI.getCurrent().navigate("projects/" + project);
        String notYours = assertKoreanNotFoundPage();

        UI.getCurrent().navigate("groups/" + group);
        assertThat(assertKoreanNotFoundPage()).isEqualTo(notYours);

        UI.getCurrent().navigate("projects/" + (project + 1000));
        assertThat(assertKoreanNotFoundPage()).as("a project that does not exist").isEqualTo(notYours);

        UI.getCurrent().navigate("groups/not-a-number");
        assertThat(assertKoreanNotFoundPage()).isEqualTo(notYours);

        UI.getCurrent().navigate("roadmaps/no-such-roadmap");
        assertThat(assertKoreanNotFoundPage()).isEqualTo(notYours);
    }

    @Test
    void anEnglishSpeakerReadsItInEnglish() {
        signUpAndLogIn("jamie@example.com", Language.EN);
        openBrowser(Locale.KOREAN);

        UI.getCurrent().navigate("projects/123456");

        NavigatorKt.expectView(RouteNotFoundView.class);
        assertThat(_get(RouteNotFoundView.class).getElement().getTextRecursively())
                .contains("Nothing to see here", "not yours to see", "Back to home");
    }

    @Test
    void anonymousVisitorsAreSentToLogInFirst() {
        openBrowser();

        UI.getCurrent().navigate("projects/1");
        NavigatorKt.expectView(LoginView.class);

        open("no/such/page");
        NavigatorKt.expectView(LoginView.class);
    }

    /**
     * Opens an address as a browser does when it loads it. {@code UI.navigate} hands addresses no server view
     * answers to over to the client-side router, which is not there in these tests.
     */
    private static void open(String address) {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(address), NavigationTrigger.PAGE_LOAD);
    }

    /** Returns the page's text, so that two visits can be compared. */
    private static String assertKoreanNotFoundPage() {
        NavigatorKt.expectView(RouteNotFoundView.class);
        RouteNotFoundView page = _get(RouteNotFoundView.class);
        assertThat(page.getParent()).as("inside the main layout").containsInstanceOf(MainLayout.class);
        assertThat(_get(page, H1.class).getText()).isEqualTo("페이지를 찾을 수 없습니다");
        assertThat(page.home.getText()).isEqualTo("홈으로 돌아가기");
        assertThat(page.home.getHref()).isEmpty();
        assertThat(page.getElement().getTextRecursively()).doesNotContain("Could not navigate", "project", "group");
        return page.getElement().getTextRecursively();
    }
}
