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
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new person in Korean follows the home page's first steps (load the starter questions, start a roadmap topic)
 * and comes back to a home page that lists the cards due and the topic to continue; in light and dark mode.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TodayJourneyTest {

    private static final String REVEAL = "답 보기";

    @LocalServerPort int port;
    @Autowired TestDatabase database;
    @Autowired AccountFixtures accounts;

    @BeforeAll
    static void needsChromium() {
        AccountJourneyTest.needsChromium();
    }

    @BeforeEach
    void oneNewAccount() {
        database.reset();
        accounts.signUp("today@example.com", "서연");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"390, 844", "1280, 800"})
    void fromANewAccountToAHomePageWithCardsDueAndATopicToContinue(int width, int height) throws Exception {
        try (BrowserSession browser = BrowserSession.signedIn(port, "today@example.com", "안녕하세요", width, height)) {
            browser.waitForText(".next-actions-card", "기본 면접 질문 불러오기");
            browser.screenshot("20-home-new");
            browser.scrollTo(".due-soon-card");
            browser.screenshot("21-home-new-due");

            browser.click(".next-action[data-kind='LOAD_STARTER_QUESTIONS']");
            browser.waitForPath("interview/questions");
            browser.clickText(".questions-view vaadin-button", "기본 질문 세트 추가");
            browser.waitForText("vaadin-notification-card", "덱에 추가했습니다");

            browser.open("");
            browser.click(".next-action[data-kind='START_ROADMAP']");
            browser.waitForPath("roadmaps/ai-backend-2025h2");
            browser.click("#topic-python-core .status-in-progress");
            browser.waitForText("#topic-python-core[data-status='IN_PROGRESS']", "Python");
            browser.click("#topic-web-basics .status-done");
            browser.clickText("vaadin-confirm-dialog vaadin-button", "그래도 완료로 표시");   // its sub-topics are open
            browser.waitForText("#topic-web-basics[data-status='DONE']", "");

            browser.open("interview/review");
            for (int reviewed = 0; reviewed < 3; reviewed++) {
                browser.clickText(".review-card vaadin-button", REVEAL);
                browser.click("#grade-EASY");
                browser.waitForText(".review-left", (19 - reviewed) + "");
            }

            browser.open("");
            browser.waitForText(".due-list [data-due='cards']", "복습할 카드");
            assertThat(browser.text(".due-list [data-due='topic']")).startsWith("학습 중: Python");
            assertThat(browser.text(".next-actions-card")).contains("복습할 카드");
            browser.screenshot("22-home-started");
            browser.click(".readiness-part[data-part='QUESTIONS'] vaadin-details-summary");
            browser.waitForText(".readiness-part[data-part='QUESTIONS']", "FSRS");
            browser.screenshot("23-home-readiness-explained");
            browser.scrollTo(".due-soon-card");
            browser.screenshot("24-home-due");
            browser.scrollTo(".activity-card");
            browser.screenshot("25-home-pace-activity");

            browser.click(".due-list [data-due='cards'] a");
            browser.waitForPath("interview/review");

            browser.open("settings");
            browser.click("#dark-mode-toggle");
            browser.open("");
            browser.waitForText(".due-list [data-due='cards']", "복습할 카드");
            browser.screenshot("26-home-dark");
        }
    }
}
