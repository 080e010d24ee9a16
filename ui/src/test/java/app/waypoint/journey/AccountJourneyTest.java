package app.waypoint.journey;

import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new person's first visit in a real browser, at phone and laptop size: sign up, log out, log in,
 * switch to Korean, open settings, switch to dark mode. Screenshots go to ui/target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccountJourneyTest {

    private static final String PASSWORD = "kimchi stew at midnight";

    @LocalServerPort int port;
    @Autowired TestDatabase database;
    @Autowired AccountFixtures accounts;
    @Autowired SessionRegistry sessions;

    /** Skips browser journeys where Chromium is missing, except in CI, where that is an error. */
    @BeforeAll
    static void needsChromium() {
        BrowserSession.requireChromium();
    }

    @BeforeEach
    void emptyDatabase() {
        database.reset();
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"390, 844", "1280, 800"})
    void signUpLogOutLogInAndSwitchLanguage(int width, int height) throws Exception {
        try (BrowserSession browser = new BrowserSession("http://localhost:" + port + "/", width, height)) {
            browser.open("login");
            browser.screenshot("01-login");

            browser.open("signup");
            browser.type("#signup-email input", "jiyeon@example.com");
            browser.type("#signup-display-name input", "Jiyeon");
            browser.type("#signup-password input", "short");
            browser.click("#signup-submit");
            browser.waitForText("#signup-password", "Use at least 12 characters.");
            browser.screenshot("02-signup-errors");

            browser.type("#signup-password input", PASSWORD);
            browser.type("#signup-confirmation input", PASSWORD);
            browser.click("#signup-submit");
            browser.waitForText("h1", "Hello, Jiyeon");
            browser.screenshot("03-home");

            String signedUpSession = browser.sessionId();
            logOut(browser, "Log out");
            browser.waitForPath("login");
            assertThat(browser.sessionId()).as("logout ends the session").isNotEqualTo(signedUpSession);

            browser.logIn("jiyeon@example.com", "not the password");
            browser.waitForText("vaadin-login-form", "Email or password is incorrect");
            browser.screenshot("04-login-failed");

            for (int attempt = 0; attempt < 6; attempt++) {
                browser.logIn("nobody-" + width + "@example.com", "guessing passwords");
            }
            browser.waitForText("vaadin-login-form", "Too many failed attempts");
            browser.screenshot("04b-login-locked");

            String anonymousSession = browser.sessionId();
            browser.logIn("jiyeon@example.com", PASSWORD);
            browser.waitForText("h1", "Hello, Jiyeon");
            assertThat(browser.sessionId()).as("login issues a new session id").isNotEqualTo(anonymousSession);

            browser.click("#language-switch");
            browser.waitForText("h1", "안녕하세요, Jiyeon님");
            browser.screenshot("05-home-korean");

            browser.open("settings");
            browser.waitForText("h1", "설정");
            browser.screenshot("06-settings-korean");
            browser.click("#dark-mode-toggle");
            browser.screenshot("07-settings-dark");

            browser.open("");
            assertThat(browser.text("h1")).as("language and theme survive a reload").isEqualTo("안녕하세요, Jiyeon님");
            browser.screenshot("08-home-dark");
            logOut(browser, "로그아웃");
            browser.waitForPath("login");
        }
    }

    @Test
    void anEndedSessionGoesToTheLoginPageWhichSaysWhy() throws Exception {
        accounts.signUp("ended@example.com", "Ended");
        try (BrowserSession browser = BrowserSession.signedIn(port, "ended@example.com", "안녕하세요", 390, 844)) {
            browser.open("settings");
            browser.waitForText(".settings-view", "최근 로그인");
            browser.waitForText(".sign-in-list", "로그인");
            browser.scrollTo(".sign-in-list");
            browser.screenshot("09-settings-sign-ins");

            for (Object principal : sessions.getAllPrincipals()) {
                sessions.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
            }
            // a tap, as on a tab left open on another device; its answer takes the browser to the login page
            browser.script("document.getElementById('language-switch').click()");

            // the login page speaks the browser's language until someone signs in; both texts name the 12 hours
            browser.waitForText(".auth-notice", "12");
            assertThat(browser.script("return location.pathname + location.search")).isEqualTo("/login?expired");
            browser.screenshot("10-login-session-ended");
        }
    }

    private static void logOut(BrowserSession browser, String label) {
        browser.click("#user-menu vaadin-menu-bar-button");
        browser.clickText("vaadin-menu-bar-item", label);
    }
}
