package app.waypoint.journey;

import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Korean person asks for their account to be deleted in settings, with their password, sees the date, signs out
 * and in again, and is told that signing in cancelled it; settings no longer shows a deletion.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccountDeletionJourneyTest {

    private static final String EMAIL = "haneul@example.com";

    @LocalServerPort int port;
    @Autowired TestDatabase database;
    @Autowired AccountFixtures accounts;
    @Autowired JdbcTemplate jdbc;

    @BeforeAll
    static void needsChromium() {
        BrowserSession.requireChromium();
    }

    @BeforeEach
    void aKoreanPerson() {
        database.reset();
        accounts.signUp(EMAIL, "하늘");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"390, 844", "1280, 800"})
    void askForDeletionThenSignInAgainAndItIsCancelled(int width, int height) throws Exception {
        try (BrowserSession browser = BrowserSession.signedIn(port, EMAIL, "안녕하세요", width, height)) {
            browser.open("settings");
            browser.scrollTo(".account-deletion");
            browser.click("#deletion-start");
            browser.waitForText("vaadin-dialog-overlay, .delete-account-dialog", "영구히 삭제되는 것");
            browser.screenshot("deletion-01-dialog");
            browser.type("#deletion-current-password input", AccountFixtures.PASSWORD);
            browser.screenshot("deletion-01b-dialog-password");
            browser.click("#deletion-confirm");
            browser.waitForText(".deletion-scheduled", "이후에 삭제됩니다");
            browser.scrollTo(".account-deletion");
            browser.screenshot("deletion-02-scheduled");
            assertThat(jdbc.queryForObject("select deletion_due_at is not null from account where email = ?",
                    Boolean.class, EMAIL)).isTrue();

            browser.click("#user-menu vaadin-menu-bar-button");
            browser.clickText("vaadin-menu-bar-item", "로그아웃");
            browser.waitForPath("login");
            browser.logIn(EMAIL, AccountFixtures.PASSWORD);
            browser.waitForText("#deletion-cancelled-notice", "계정 삭제가 취소되었습니다");
            Thread.sleep(600); // the notice fades in
            browser.screenshot("deletion-03-cancelled-notice");

            browser.open("settings");
            browser.scrollTo(".account-deletion");
            browser.waitForText(".account-deletion", "계정 삭제…");
            assertThat(browser.script("return document.querySelectorAll('.deletion-scheduled').length"))
                    .isEqualTo("0");
            browser.screenshot("deletion-04-settings-after");
            assertThat(jdbc.queryForObject("select deletion_due_at is null from account where email = ?",
                    Boolean.class, EMAIL)).isTrue();
        }
    }
}
