package app.waypoint.journey;

import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone, in Korean: open the built-in roadmap, mark three topics, write a note, reload — everything is
 * still there. Screenshots go to ui/target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RoadmapJourneyTest {

    @LocalServerPort int port;
    @Autowired TestDatabase database;
    @Autowired AccountFixtures accounts;

    @BeforeAll
    static void needsChromium() {
        AccountJourneyTest.needsChromium();
    }

    /** Elements a page may have on first render: beyond this, phones slow down on layout and style. */
    private static final int DOM_BUDGET = 1_500;

    @BeforeEach
    void oneAccount() {
        database.reset();
        accounts.signUp("roadmap@example.com", "민준");
    }

    @Test
    void progressAndNotesSurviveAReload() throws Exception {
        try (BrowserSession browser = BrowserSession.signedIn(port, "roadmap@example.com", "안녕하세요", 390, 844)) {

            browser.open("roadmaps");
            browser.screenshot("10-roadmaps");
            browser.open("roadmaps/ai-backend-2025h2");
            browser.waitForText("h1", "로드맵");
            browser.screenshot("11-roadmap");
            assertThat(browser.elementCount()).as("elements on first render, shadow roots included")
                    .isLessThanOrEqualTo(DOM_BUDGET);

            browser.click("#topic-python-core .status-done");
            browser.waitForText("vaadin-confirm-dialog vaadin-button", "그래도 완료로 표시");
            browser.screenshot("11a-roadmap-done-asks");
            browser.clickText("vaadin-confirm-dialog vaadin-button", "그래도 완료로 표시");   // its sub-topics are open
            browser.click("#topic-data-structures-algorithms .status-in-progress");
            browser.click("#topic-web-basics .status-done");
            browser.clickText("vaadin-confirm-dialog vaadin-button", "그래도 완료로 표시");
            browser.waitForText(".overall", "주제 16개 중 2개");

            browser.click("#topic-python-core vaadin-details.personal");
            browser.clickText("#topic-python-core vaadin-button", "메모 쓰기");
            browser.type("vaadin-dialog vaadin-text-area textarea", "제너레이터는 **지연 평가**를 한다");
            browser.clickText("vaadin-dialog vaadin-button", "저장");
            browser.waitForText("#topic-python-core .notes", "지연 평가");
            browser.screenshot("12-roadmap-marked");

            browser.open("roadmaps/ai-backend-2025h2");
            browser.waitForText(".overall", "주제 16개 중 2개");
            assertThat(browser.attribute("#topic-python-core", "data-status")).isEqualTo("DONE");
            assertThat(browser.attribute("#topic-data-structures-algorithms", "data-status")).isEqualTo("IN_PROGRESS");
            assertThat(browser.attribute("#topic-web-basics", "data-status")).isEqualTo("DONE");
            browser.click("#topic-python-core vaadin-details.personal");
            browser.waitForText("#topic-python-core .notes", "지연 평가");
            browser.screenshot("13-roadmap-after-reload");

            browser.open("skills");
            browser.screenshot("14-skills");
            browser.type(".skill-filter input", "Python");
            browser.waitForText("#skill-python .skill-evidence", "Python 기본 문법");
            browser.waitForText("#skill-python .skill-suggestion", "수준 2");
            browser.scrollTo("#skill-python");
            browser.screenshot("14a-skills-suggested");
            browser.clickText("#skill-python vaadin-button", "제안대로 수준 2 선택");
            browser.waitForCount("#skill-python .skill-suggestion[hidden]", 1);   // taken: level 2 now
        }
    }

    @Test
    void anOwnCopyTakesTheProgressAndIsEditedOnAPhoneAndByDragOnADesktop() throws Exception {
        try (BrowserSession phone = BrowserSession.signedIn(port, "roadmap@example.com", "안녕하세요", 390, 844)) {
            phone.open("roadmaps/ai-backend-2025h2");
            phone.click("#topic-python-core .status-done");
            phone.clickText("vaadin-confirm-dialog vaadin-button", "그래도 완료로 표시");
            phone.waitForText(".overall", "주제 16개 중 1개");
            phone.clickText("vaadin-radio-button", "남은 것");
            phone.waitForCount("#topic-python-core[hidden]", 1);
            phone.open("roadmaps/ai-backend-2025h2");
            phone.waitForText("vaadin-radio-button[checked]", "남은 것");   // the filter is remembered

            phone.open("roadmaps");
            phone.clickText("vaadin-button", "내 사본 만들기");
            phone.waitForText(".carried-progress", "주제 1개");
            phone.waitForText(".overall", "주제 16개 중 1개");
            phone.screenshot("15-fork-carried");

            phone.clickText("vaadin-button", "구조 편집");
            phone.scrollTo("#edit-foundations");
            phone.screenshot("16-roadmap-editor");
            phone.click("#edit-python-core vaadin-menu-bar-button");
            phone.clickShownText("vaadin-menu-bar-item", "\"AI/ML 기초\"로 옮기기");
            phone.waitForText("#edit-ai-ml-basics", "Python 기본 문법");
            phone.click("#edit-web-basics vaadin-button[aria-label='위로']");
            phone.waitForText("#edit-foundations .topic-row", "웹 개발 기초");   // now the first topic of its stage

            phone.click("#edit-web-basics vaadin-button[aria-label='주제 편집']");
            phone.type("vaadin-dialog vaadin-text-area textarea", "FastAPI 먼저, Django는 나중에");
            phone.screenshot("17-topic-dialog");
            phone.clickText("vaadin-dialog vaadin-button", "저장");
            phone.clickText("vaadin-button", "편집 완료");
            phone.waitForText("#topic-web-basics", "FastAPI 먼저, Django는 나중에");
        }
        try (BrowserSession desktop = BrowserSession.signedIn(port, "roadmap@example.com", "안녕하세요", 1280, 800)) {
            desktop.open("roadmaps");
            desktop.click(".roadmap-card:last-child vaadin-button[theme~='primary']");   // the copy comes last
            desktop.clickText("vaadin-button", "구조 편집");
            desktop.find("#edit-database-basics");
            desktop.screenshot("18-roadmap-editor");
            desktop.dragWithEvents("#edit-database-basics", "#edit-ai-ml-basics");
            desktop.waitForText("#edit-ai-ml-basics", "데이터베이스 기본");
            desktop.open("skills");
            desktop.click("#category-language vaadin-details-summary");
            desktop.waitForText("#skill-python .skill-suggestion", "수준 2");
            desktop.screenshot("19-skills");
        }
    }
}
