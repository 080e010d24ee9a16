package app.waypoint.journey;

import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.account.service.AccountService;
import app.waypoint.base.domain.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone, an admin finds an account, disables it, hands over a reset link and makes registration invite-only;
 * the disabled person is refused at sign-in, and the reset link sets a new password once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AdminJourneyTest {

    @LocalServerPort int port;
    @Autowired TestDatabase database;
    @Autowired AccountFixtures accounts;
    @Autowired AccountService accountService;

    @BeforeAll
    static void needsChromium() {
        AccountJourneyTest.needsChromium();
    }

    @BeforeEach
    void anAdminAndTwoPeople() {
        database.reset();
        accounts.signUpAndLogIn("admin@example.com");
        accountService.changeLanguage(Language.EN);
        AccountFixtures.logOut();
        accounts.signUp("minji@example.com", "Minji");
        accounts.signUp("doyun@example.com", "Doyun");
    }

    @Test
    void anAdminRunsTheInstanceFromAPhone() throws Exception {
        String resetLink;
        try (BrowserSession browser = BrowserSession.signedIn(port, "admin@example.com", "Hello", 390, 844)) {
            browser.click("#user-menu vaadin-menu-bar-button");
            browser.clickText("vaadin-menu-bar-item", "Admin console");
            browser.waitForText("h1", "Admin console");
            browser.waitForText(".admin-figures", "3");
            browser.screenshot("60-admin-accounts");

            browser.type("#admin-search input", "minji");
            browser.waitForText(".admin-pager", "Page 1 of 1 · 1 account");
            browser.click(".admin-account vaadin-menu-bar-button");
            browser.clickText("vaadin-menu-bar-item", "Disable account");
            browser.waitForText("vaadin-confirm-dialog", "Disable account");
            assertThat(browser.script("return document.querySelector('vaadin-confirm-dialog').message"))
                    .contains("signed out on every device");
            browser.screenshot("61-admin-confirm-disable");
            browser.clickText("vaadin-confirm-dialog vaadin-button", "Disable account");
            browser.waitForText(".admin-account", "Disabled");

            browser.click(".admin-account vaadin-menu-bar-button");
            browser.clickText("vaadin-menu-bar-item", "Password-reset link");
            browser.waitForText("vaadin-dialog", "Waypoint sends no mail");
            resetLink = browser.script("return document.querySelector('.one-time-link input').value");
            browser.screenshot("62-admin-reset-link");
            browser.clickText("vaadin-dialog vaadin-button", "Close");

            browser.clickText("vaadin-tab", "Registration");
            browser.clickText("vaadin-radio-button", "Invite only");
            browser.waitForText("vaadin-notification-card", "Registration is now: Invite only");
            browser.click("#issue-invite");
            browser.waitForText(".one-time-link", "opens one account");
            browser.screenshot("63-admin-registration");

            browser.clickText("vaadin-tab", "Security log");
            browser.waitForText(".admin-log", "Account disabled");
            browser.screenshot("64-admin-security-log");
        }
        try (BrowserSession browser = new BrowserSession("http://localhost:" + port + "/", 390, 844)) {
            browser.open("login");
            browser.logIn("minji@example.com", AccountFixtures.PASSWORD);
            browser.waitForText("vaadin-login-form", "An admin has disabled this account");
            browser.screenshot("65-login-disabled");

            browser.open(resetLink.substring(resetLink.indexOf("reset/")));
            browser.waitForText(".auth-notice", "A new password for minji@example.com.");
            browser.type("#reset-password input", "river stones at midnight");
            browser.type("#reset-confirmation input", "river stones at midnight");
            browser.screenshot("66-reset-password");
            browser.click("#reset-submit");
            browser.waitForText(".auth-notice", "Your new password is set");
            assertThat(browser.script("return location.pathname")).isEqualTo("/login");

            browser.open("signup");
            browser.waitForText(".auth-notice", "you need a sign-up link");
            browser.screenshot("67-signup-invite-only");
        }
    }
}
