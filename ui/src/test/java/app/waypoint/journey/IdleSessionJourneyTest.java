package app.waypoint.journey;

import app.waypoint.MutableClock;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tab left open sends a heartbeat every second here (every five minutes in production). The servlet container
 * counts heartbeats as activity, yet the session ends 30 minutes after its last use: a heartbeat is not use.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.heartbeatInterval=1")
@ActiveProfiles("test")
class IdleSessionJourneyTest {

    @LocalServerPort int port;
    @Autowired TestDatabase database;
    @Autowired AccountFixtures accounts;
    @Autowired MutableClock clock;

    @BeforeAll
    static void needsChromium() {
        AccountJourneyTest.needsChromium();
    }

    @Test
    void heartbeatsOfAnOpenTabDoNotKeepAnIdleSessionAlive() throws Exception {
        database.reset();
        accounts.signUp("idle@example.com", "Idle");
        try (BrowserSession browser = BrowserSession.signedIn(port, "idle@example.com", "안녕하세요", 390, 844)) {
            browser.open("settings");
            browser.waitForText(".settings-view", "최근 로그인");

            clock.advance(Duration.ofMinutes(29));
            Thread.sleep(3_000);
            browser.script("document.getElementById('language-switch').click()");
            browser.waitForText(".settings-view", "Recent sign-ins");

            // 58 minutes after sign-in, 29 after the last tap: that tap was use
            clock.advance(Duration.ofMinutes(29));
            Thread.sleep(3_000);
            browser.script("document.getElementById('language-switch').click()");
            browser.waitForText(".settings-view", "최근 로그인");

            clock.advance(Duration.ofMinutes(30));
            Thread.sleep(3_000);
            // the heartbeat that came after the idle time ended the session; the next tap learns it
            browser.script("document.getElementById('language-switch').click()");
            browser.waitForText(".auth-notice", "");
            assertThat(browser.script("return location.pathname + location.search")).isEqualTo("/login?expired");
            browser.screenshot("11-login-after-idle");
        }
    }
}
