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
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tab left open sends a heartbeat every five minutes; here the test sends them as time moves on. The servlet
 * container counts heartbeats as activity, yet the session ends 30 minutes after its last use: a heartbeat is not
 * use. (The same Spring context as the other journeys: a context of its own would change the security context
 * strategy for the tests that run after it.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
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
        Instant start = clock.instant();
        try (BrowserSession browser = BrowserSession.signedIn(port, "idle@example.com", "안녕하세요", 390, 844)) {
            browser.open("settings");
            browser.waitForText(".settings-view", "최근 로그인");

            idleWithHeartbeats(browser, 29);
            browser.script("document.getElementById('language-switch').click()");
            browser.waitForText(".settings-view", "Recent sign-ins");

            // 58 minutes after sign-in, 29 after the last tap: that tap was use
            idleWithHeartbeats(browser, 29);
            browser.script("document.getElementById('language-switch').click()");
            browser.waitForText(".settings-view", "최근 로그인");

            idleWithHeartbeats(browser, 30);
            // the heartbeat that came after the idle time ended the session; the next tap learns it
            browser.script("document.getElementById('language-switch').click()");
            browser.waitForText(".auth-notice", "");
            assertThat(browser.script("return location.pathname + location.search")).isEqualTo("/login?expired");
            browser.screenshot("11-login-after-idle");
        } finally {
            clock.set(start);
        }
    }

    private void idleWithHeartbeats(BrowserSession browser, int minutes) {
        for (int minute = 0; minute < minutes; minute++) {
            clock.advance(Duration.ofMinutes(1));
            browser.heartbeat();
        }
    }
}
