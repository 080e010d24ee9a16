package app.waypoint.journey;

import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.account.service.AccountService;
import app.waypoint.base.domain.Language;
import app.waypoint.portfolio.service.ProjectBoardService;
import app.waypoint.portfolio.service.ProjectService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone: start a project from a template, move a task with the card's menu, add a measured result,
 * reload — all still there. Screenshots go to ui/target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PortfolioJourneyTest {

    @LocalServerPort int port;
    @Autowired TestDatabase database;
    @Autowired AccountFixtures accounts;
    @Autowired AccountService accountService;
    @Autowired ProjectService projects;
    @Autowired ProjectBoardService projectBoard;

    @BeforeAll
    static void needsChromium() {
        AccountJourneyTest.needsChromium();
    }

    @BeforeEach
    void oneAccountInEnglish() {
        database.reset();
        accounts.signUpAndLogIn("portfolio@example.com");
        accountService.changeLanguage(Language.EN);
    }

    @Test
    void aTemplateBecomesAPlanThatSurvivesAReload() throws Exception {
        try (BrowserSession browser = BrowserSession.signedIn(port, "portfolio@example.com", "Hello", 390, 844)) {

            browser.open("projects");
            browser.waitForText(".projects-view", "Use this template");
            browser.screenshot("20-projects-empty");
            browser.click("vaadin-button#template-api-model-serving");
            browser.waitForText(".board", "To do");
            browser.screenshot("21-project");

            browser.click(".column-todo .task-card vaadin-menu-bar-button");
            browser.clickText("vaadin-menu-bar-item", "Move to Doing");
            browser.waitForText(".column-doing h3", "Doing · 1");

            browser.type("#result-metric input", "p95 latency");
            browser.type("#result-before input", "850");
            browser.type("#result-after input", "120");
            browser.type("#result-unit input", "ms");
            browser.click("#result-add");
            browser.waitForText(".result-list", "-86% · better");
            assertThat(browser.text(".result-list")).contains("p95 latency: 850 → 120 ms", "Lower is better");
            browser.screenshot("22-project-worked");

            browser.reload();
            browser.waitForText(".column-doing h3", "Doing · 1");
            assertThat(browser.text(".result-list")).contains("p95 latency: 850 → 120 ms", "-86% · better");
            browser.screenshot("23-project-after-reload");

            browser.open("projects");
            browser.waitForText(".project-card", "0 of 12 tasks done");
            browser.screenshot("24-projects");
        }
    }

    @Test
    void markupInTitlesAndTasksIsShownAsTypedAndNeverRuns() throws Exception {
        String payload = "<img src=x onerror=\"window.hostile=1\"><script>window.hostile=1</script> 🎉 '; drop table project; --";
        long project = projects.createBlank(payload);
        projectBoard.addTask(project, "=HYPERLINK(\"http://evil.example\") <b>bold?</b>");
        try (BrowserSession browser = BrowserSession.signedIn(port, "portfolio@example.com", "Hello", 390, 844)) {

            browser.open("projects/" + project);
            browser.waitForText(".board", "To do");

            assertThat(browser.text(".project-view h1")).isEqualTo(payload);
            assertThat(browser.text(".column-todo .task-card")).contains("=HYPERLINK(\"http://evil.example\") <b>bold?</b>");
            assertThat(browser.script("return String(document.querySelectorAll('img[src=\"x\"], .board b').length)"))
                    .isEqualTo("0");
            assertThat(browser.script("return String(window.hostile)")).isEqualTo("undefined");
            browser.screenshot("25-project-with-markup-in-its-title");
        }
    }
}
