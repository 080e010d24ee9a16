package app.waypoint.journey;

import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.account.service.AccountService;
import app.waypoint.base.domain.Language;
import app.waypoint.interview.domain.ReviewGrade;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone: add the starter questions, review three cards, track a coding problem, add one from the built-in
 * list by pattern in a tap and filter the list by difficulty, tick a checklist item, reload — all still there; then
 * write a STAR story and log a mock interview whose follow-up becomes a card. The problems by pattern, the stories
 * and mocks pages are also shot at desktop size. Screenshots go to ui/target/screenshots.
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
            addOneByPatternAndFilter(browser);
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
            problemsByPatternOnADesktop(browser);
            writeStory(browser, "44");
            logMockInterviewAndMakeACard(browser, "46");
            reviewWithTheKeyboardAndUndo(browser);
            limitNewCardsAndSeeAgainComeBack(browser);
        }
    }

    /** Space shows the answer, 3 grades Good (a 10-minute step), Ctrl+Z takes it back: the same card, as it was. */
    private void reviewWithTheKeyboardAndUndo(BrowserSession browser) throws Exception {
        browser.open("interview/review");
        browser.find(".review-question");
        String left = browser.text(".review-left");
        int fresh = Integer.parseInt(left.substring(0, left.indexOf(' ')));
        assertThat(left).isEqualTo(fresh + " new · 0 learning · 0 to review");
        String question = browser.text(".review-question");
        browser.pressKeys(" ");
        browser.find("#grade-GOOD");
        browser.waitForText("#grade-GOOD", "10 min");
        browser.screenshot("48-review-keyboard-answer");
        browser.pressKeys("3");
        browser.waitForText(".review-left", (fresh - 1) + " new · 1 learning · 0 to review");
        browser.find(".review-undo");
        browser.screenshot("49-review-after-grade");
        browser.pressWithControl("z");
        browser.waitForText(".review-left", left);
        browser.waitForText(".review-question", question);
    }

    /**
     * With one new card a day set in the review settings, a card graded Again comes straight back (nothing else is
     * left), and Easy ends the session with its summary.
     */
    private void limitNewCardsAndSeeAgainComeBack(BrowserSession browser) throws Exception {
        browser.open("interview/review/settings");
        browser.waitForText(".review-forecast", "At 90 %");
        browser.type("#review-new-per-day input", "1");
        browser.screenshot("50-review-settings");
        browser.clickText(".review-settings-view vaadin-button", "Save");
        browser.waitForText("vaadin-notification-card", "Review settings saved.");

        browser.open("interview/review");
        browser.waitForText(".review-left", "1 new · 0 learning · 0 to review");
        String question = browser.text(".review-question");
        browser.pressKeys(" ");
        browser.waitForText("#grade-AGAIN", "1 min");
        browser.pressKeys("1");
        browser.waitForText(".review-left", "0 new · 1 learning · 0 to review");
        browser.waitForText(".review-question", question);
        browser.pressKeys(" ");
        browser.find("#grade-EASY");
        browser.pressKeys("4");
        browser.waitForText(".review-session", "2 cards, 50 % again");
        browser.screenshot("51-review-session-done");
        browser.open("interview/review/stats");
        browser.find(".review-stats-view svg");
        browser.screenshot("52-review-stats");
    }

    private BrowserSession logInAt(int width, int height) throws Exception {
        return BrowserSession.signedIn(port, "interview@example.com", "Hello", width, height);
    }

    /** Returns how many cards are still due today after three reviews (Again, Good, Easy) of the 20 new ones. */
    private int addStarterSetAndReviewThreeCards(BrowserSession browser) throws Exception {
        browser.open("interview/questions");
        browser.waitForText(".question-list", "No questions yet");
        browser.screenshot("30-questions-empty");
        browser.clickText(".questions-view vaadin-button", "Add the starter set");
        browser.find(".question-row");
        browser.screenshot("31-questions");

        browser.open("interview/review");
        browser.waitForText(".review-left", "20 new · 0 learning · 0 to review");
        ReviewGrade[] grades = {ReviewGrade.AGAIN, ReviewGrade.GOOD, ReviewGrade.EASY};
        String[] after = {"19 new · 1 learning", "18 new · 2 learning", "17 new · 2 learning"};
        for (int reviewed = 0; reviewed < 3; reviewed++) {
            browser.clickText(".review-card vaadin-button", "Show the answer");
            browser.find("#grade-GOOD");
            if (reviewed == 0) {
                browser.screenshot("32-review-answer");
            }
            browser.click("#grade-" + grades[reviewed].name());
            browser.waitForText(".review-left", after[reviewed]);
        }
        browser.screenshot("33-review-after-three");
        browser.open("interview/review/settings");
        browser.waitForText(".review-forecast", "At 90 %");
        browser.screenshot("33b-review-settings");
        browser.open("interview/review/stats");
        browser.find(".review-stats-view svg");
        browser.screenshot("33c-review-stats");
        return 17 + 2;
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

    /** Opens the built-in list and its sliding-window pattern, adds a problem in a tap, then shows only Medium ones. */
    private void addOneByPatternAndFilter(BrowserSession browser) throws Exception {
        browser.open("interview/problems"); // with a problem tracked, the list by pattern starts folded
        browser.waitForText(".problem-row", "Two Sum");
        assertThat(browser.attribute("#built-in-problems", "opened")).isNotEqualTo("true");
        browser.click("#built-in-problems > vaadin-details-summary");
        browser.waitForText("#built-in-problems", "Selection after Grind 75");
        browser.click("#pattern-sliding-window > vaadin-details-summary");
        browser.click("#built-in-longest-substring-without-repeating-characters");
        browser.waitForText("#pattern-sliding-window .built-in-added", "Added");
        browser.waitForText("#pattern-sliding-window", "1/5 added");
        browser.waitForCount(".problem-row", 2);
        browser.screenshot("34b-problems-by-pattern");

        browser.click("#problems-difficulty-filter");
        browser.clickShownText("vaadin-select-item", "Medium");
        browser.waitForCount(".problem-row", 1);
        browser.waitForText(".problem-row", "Longest Substring Without Repeating Characters");
        browser.waitForText(".problems-shown", "1 of 2 problems");
        browser.scrollTo(".problem-filters");
        browser.screenshot("34c-problems-filtered");
    }

    /** A first visit on a desktop: the list by pattern is open; one pattern opened and a problem added from it. */
    private void problemsByPatternOnADesktop(BrowserSession browser) throws Exception {
        browser.open("interview/problems");
        browser.waitForText("#built-in-problems", "NeetCode 150");
        browser.click("#pattern-graphs > vaadin-details-summary");
        browser.click("#built-in-number-of-islands");
        browser.waitForText("#pattern-graphs .built-in-added", "Added");
        browser.waitForText(".problem-row", "Number of Islands");
        browser.scrollTo("#pattern-graphs");
        browser.screenshot("34d-problems-by-pattern");
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
