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
 * On a phone: add the starter questions, review three cards, track a coding problem, tick a checklist item,
 * reload — all still there; then write a STAR story and log a mock interview whose follow-up becomes a card.
 * The stories and mocks pages are also shot at desktop size. Screenshots go to ui/target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InterviewJourneyTest {

    private static final String CHECKLIST = "#checklist-technical-interview";

    @LocalServerPort int port;
    @Autowired TestDatabase database;
    @Autowired AccountFixtures accounts;
    @Autowired AccountService accountService;

    @BeforeAll
    static void needsChromium() {
        AccountJourneyTest.needsChromium();
    }

    @BeforeEach
    void oneAccountInEnglish() {
        database.reset();
        accounts.signUpAndLogIn("interview@example.com");
        accountService.changeLanguage(Language.EN);
    }

    @Test
    void reviewsProblemsAndChecklistsSurviveAReload() throws Exception {
        try (BrowserSession browser = logInAt(390, 844)) {
            int due = addStarterSetAndReviewThreeCards(browser);
            addProblem(browser);
            int items = tickFirstChecklistItem(browser);

            browser.reload();
            browser.waitForText(".review-link", "(" + due + " due)");
            browser.waitForText(CHECKLIST + " .stage-name", "1/" + items);
            browser.click(CHECKLIST + " vaadin-details-summary");
            assertThat(browser.attribute(CHECKLIST + " vaadin-checkbox", "checked")).isNotNull();
            browser.screenshot("36-interview-after-reload");
            browser.open("interview/problems");
            browser.waitForText(".problem-row", "Two Sum");
            browser.scrollTo(".problem-row");
            browser.screenshot("37-problems-after-reload");

            writeStory(browser, "38");
            logMockInterviewAndMakeACard(browser, "40");
        }
    }

    @Test
    void storiesAndMockInterviewsOnADesktop() throws Exception {
        try (BrowserSession browser = logInAt(1280, 800)) {
            writeStory(browser, "44");
            logMockInterviewAndMakeACard(browser, "46");
            reviewWithTheKeyboardAndUndo(browser);
        }
    }

    /** Space shows the answer, 3 grades Good, Ctrl+Z takes it back: the same card, as it was. */
    private void reviewWithTheKeyboardAndUndo(BrowserSession browser) throws Exception {
        browser.open("interview/review");
        int before = dueToday(browser);
        String question = browser.text(".review-question");
        browser.pressKeys(" ");
        browser.find("#grade-GOOD");
        browser.screenshot("48-review-keyboard-answer");
        browser.pressKeys("3");
        browser.waitForText(".review-view > .hint", (before - 1) + " due today");
        browser.find(".review-undo");
        browser.screenshot("49-review-after-grade");
        browser.pressWithControl("z");
        browser.waitForText(".review-view > .hint", before + " due today");
        browser.waitForText(".review-question", question);
    }

    private BrowserSession logInAt(int width, int height) throws Exception {
        return BrowserSession.signedIn(port, "interview@example.com", "Hello", width, height);
    }

    /** Returns how many cards are still due today after the three reviews. */
    private int addStarterSetAndReviewThreeCards(BrowserSession browser) throws Exception {
        browser.open("interview/questions");
        browser.waitForText(".question-list", "No questions yet");
        browser.screenshot("30-questions-empty");
        browser.clickText(".questions-view vaadin-button", "Add the starter set");
        browser.find(".question-row");
        browser.screenshot("31-questions");

        browser.open("interview/review");
        int before = dueToday(browser);
        assertThat(before).isGreaterThanOrEqualTo(3);
        for (int reviewed = 1; reviewed <= 3; reviewed++) {
            browser.clickText(".review-card vaadin-button", "Show the answer");
            browser.find("#grade-GOOD");
            if (reviewed == 1) {
                browser.screenshot("32-review-answer");
            }
            browser.click("#grade-GOOD");
            browser.waitForText(".review-view > .hint", (before - reviewed) + " due today");
        }
        browser.screenshot("33-review-after-three");
        return before - 3;
    }

    /** Reads the leading number of "n due today · streak …". */
    private static int dueToday(BrowserSession browser) {
        String progress = browser.text(".review-view > .hint");
        return Integer.parseInt(progress.substring(0, progress.indexOf(' ')));
    }

    private void addProblem(BrowserSession browser) throws Exception {
        browser.open("interview/problems");
        browser.waitForText(".question-list", "No problems yet");
        browser.type("#problem-title input", "Two Sum");
        browser.type("#problem-url input", "https://leetcode.com/problems/two-sum/");
        browser.click("#problem-difficulty");
        browser.clickText("vaadin-select-item", "Easy");
        browser.click("#problem-add");
        browser.waitForText(".problem-row", "Two Sum");
        browser.screenshot("34-problems");
    }

    /** Returns how many items the checklist has. */
    private int tickFirstChecklistItem(BrowserSession browser) throws Exception {
        browser.open("interview");
        browser.waitForText(CHECKLIST + " .stage-name", "0/");
        String summary = browser.text(CHECKLIST + " .stage-name");
        int items = Integer.parseInt(summary.substring(summary.lastIndexOf('/') + 1));
        browser.click(CHECKLIST + " vaadin-details-summary");
        // the label, not the hidden native input, is what a person taps
        browser.click(CHECKLIST + " vaadin-checkbox > label");
        assertThat(browser.attribute(CHECKLIST + " vaadin-checkbox", "checked")).isNotNull();
        browser.screenshot("35-interview-ticked");
        return items;
    }

    private void writeStory(BrowserSession browser, String number) throws Exception {
        browser.open("interview/stories");
        browser.waitForText(".question-list", "No stories yet");
        browser.clickText(".stories-view vaadin-button", "New story");
        browser.type("#story-title input", "Cut inference latency");
        browser.type("#story-situation textarea", "The model API answered in 850 ms at p95.");
        browser.type("#story-result textarea", "p95 latency 850 → 120 ms");
        browser.clickText("#story-competencies vaadin-checkbox > label", "Performance");
        browser.screenshot(number + "-story-dialog");
        browser.clickText("vaadin-dialog vaadin-button", "Save");
        browser.waitForText(".story-card", "Cut inference latency");
        browser.screenshot(next(number) + "-stories");
    }

    private void logMockInterviewAndMakeACard(BrowserSession browser, String number) throws Exception {
        browser.open("interview/mocks");
        browser.waitForText(".question-list", "No mock interviews yet");
        browser.clickText(".mocks-view vaadin-button", "Log a mock interview");
        browser.click("#mock-kind");
        browser.clickText("vaadin-select-item", "System design");
        browser.type("#mock-questions textarea", "Design a RAG service for 1,000 users");
        browser.clickText("#mock-rating vaadin-radio-button > label", "4");
        browser.type("#mock-follow-ups textarea", "How to cache embeddings?");
        browser.screenshot(number + "-mock-dialog");
        browser.clickText("vaadin-dialog vaadin-button", "Save");
        browser.waitForText(".mock-card", "How to cache embeddings?");
        browser.clickText(".follow-up vaadin-button", "Make a card");
        browser.waitForText(".follow-up", "In your deck");
        browser.screenshot(next(number) + "-mocks");
    }

    private static String next(String number) {
        return String.valueOf(Integer.parseInt(number) + 1);
    }
}
