package app.waypoint.journey;

import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.account.service.AccountService;
import app.waypoint.base.domain.Language;
import app.waypoint.portfolio.domain.TaskStatus;
import app.waypoint.portfolio.service.ProjectBoardService;
import app.waypoint.portfolio.service.ProjectDetails;
import app.waypoint.portfolio.service.ProjectService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone: start a project from a template, move a task with the card's menu, add a measured result,
 * reload — all still there; order cards with the menu's "Move up" and "Move down" and look at one column at a time.
 * On a desktop: drag a card before another. Screenshots go to ui/target/screenshots.
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
    void onAPhoneCardsMoveUpAndDownFromTheirMenuAndOneColumnIsShownAtATime() throws Exception {
        long project = projects.createFromTemplate("api-model-serving", Language.EN);
        List<ProjectDetails.Task> tasks = projects.details(project).tasks();
        String first = "task-" + tasks.get(0).id();
        String second = "task-" + tasks.get(1).id();
        try (BrowserSession browser = BrowserSession.signedIn(port, "portfolio@example.com", "Hello", 390, 844)) {

            browser.open("projects/" + project);
            browser.waitForText("#board-show-todo", "To do 12");
            assertThat(browser.text("#board-show-doing")).isEqualTo("Doing 0");
            assertThat(shown(browser, ".column-todo")).isTrue();
            assertThat(shown(browser, ".column-doing")).as("one column at a time").isFalse();
            assertThat(shown(browser, ".column-done")).isFalse();
            browser.scrollTo(".board-switcher");
            browser.screenshot("26-board-one-column");

            openMenu(browser, first);
            assertThat(shownMenuEntries(browser)).as("the first card has nowhere up to go")
                    .contains("Move down", "Move to Doing").doesNotContain("Move up");
            browser.clickShownText("vaadin-menu-bar-item", "Move down");
            browser.waitForScript(firstCardIs(".column-todo", second));
            assertThat(browser.script("return document.querySelectorAll('.column-todo .task-card')[1].id"))
                    .isEqualTo(first);

            openMenu(browser, first);
            assertThat(shownMenuEntries(browser)).contains("Move up", "Move down");
            browser.screenshot("27-board-card-menu");
            browser.clickShownText("vaadin-menu-bar-item", "Move up");
            browser.waitForScript(firstCardIs(".column-todo", first));

            openMenu(browser, first);
            browser.clickShownText("vaadin-menu-bar-item", "Move to Doing");
            browser.waitForText("#board-show-doing", "Doing 1");
            assertThat(browser.text("#board-show-todo")).isEqualTo("To do 11");
            assertThat(shown(browser, ".column-doing")).as("the column shown stays the one picked").isFalse();

            browser.click("#board-show-doing");
            browser.waitForScript("return getComputedStyle(document.querySelector('.column-doing')).display !== 'none'"
                    + " && getComputedStyle(document.querySelector('.column-todo')).display === 'none'");
            assertThat(browser.text(".column-doing")).contains(tasks.get(0).title());
            assertThat(browser.attribute("#board-show-doing", "aria-pressed")).isEqualTo("true");
            browser.scrollTo(".board-switcher");
            browser.screenshot("28-board-doing-column");

            browser.reload();
            browser.waitForText("#board-show-doing", "Doing 1");
            assertThat(projects.details(project).tasks()).filteredOn(task -> task.status() == TaskStatus.TODO)
                    .extracting(ProjectDetails.Task::id).startsWith(tasks.get(1).id(), tasks.get(2).id());
        }
    }

    @Test
    void onADesktopAllThreeColumnsShowAndACardIsDraggedBeforeAnotherInItsColumn() throws Exception {
        long project = projects.createFromTemplate("api-model-serving", Language.EN);
        List<ProjectDetails.Task> tasks = projects.details(project).tasks();
        String first = "task-" + tasks.get(0).id();
        String last = "task-" + tasks.get(11).id();
        try (BrowserSession browser = BrowserSession.signedIn(port, "portfolio@example.com", "Hello", 1280, 800)) {

            browser.open("projects/" + project);
            browser.waitForText(".column-todo h3", "To do · 12");
            assertThat(shown(browser, ".board-switcher")).as("no switcher beside the columns").isFalse();
            assertThat(shown(browser, ".column-doing")).isTrue();
            assertThat(shown(browser, ".column-done")).isTrue();

            // Selenium's mouse (Actions.dragAndDrop) starts no HTML5 drag in Chromium: the browser's drag events do
            browser.dragWithEvents("#" + last, "#" + first);
            browser.waitForScript(firstCardIs(".column-todo", last));
            assertThat(browser.script("return document.querySelectorAll('.column-todo .task-card')[1].id"))
                    .isEqualTo(first);
            browser.dragWithEvents("#" + first, ".column-doing h3");
            browser.waitForText(".column-doing h3", "Doing · 1");
            browser.scrollTo(".board");
            browser.screenshot("29-board-dragged");

            browser.reload();
            browser.waitForScript(firstCardIs(".column-todo", last));
            assertThat(browser.text(".column-doing")).contains(tasks.get(0).title());
        }
    }

    private static void openMenu(BrowserSession browser, String cardId) {
        browser.click("#" + cardId + " vaadin-menu-bar-button");
    }

    /** The entries of the menu open now. */
    private static List<String> shownMenuEntries(BrowserSession browser) {
        browser.find("vaadin-menu-bar-item");
        String entries = browser.script("return [...document.querySelectorAll('vaadin-menu-bar-item')]"
                + ".filter(item => item.checkVisibility()).map(item => item.textContent.trim()).join('|')");
        return List.of(entries.split("\\|"));
    }

    private static String firstCardIs(String column, String cardId) {
        return "const card = document.querySelector('" + column + " .task-card'); return !!card && card.id === '"
                + cardId + "';";
    }

    private static boolean shown(BrowserSession browser, String css) {
        return Boolean.parseBoolean(browser.script(
                "return String(getComputedStyle(document.querySelector('" + css + "')).display !== 'none')"));
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
