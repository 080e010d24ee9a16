package app.waypoint.journey;

import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.application.service.ApplicationDraft;
import app.waypoint.application.service.ApplicationService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job seeker in Korean adds an application, moves it through the rounds, logs an interview and turns a
 * question into a card, follows the card back to its round, then looks at the table, exports the pipeline as CSV
 * and looks at the insights.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApplicationJourneyTest {

    @LocalServerPort int port;
    @Autowired TestDatabase database;
    @Autowired AccountFixtures accounts;
    @Autowired ApplicationService applications;

    @BeforeAll
    static void needsChromium() {
        AccountJourneyTest.needsChromium();
    }

    @BeforeEach
    void oneAccount() {
        database.reset();
        accounts.signUp("jobs@example.com", "도윤");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"390, 844", "1280, 800"})
    void addMoveLogARoundMakeACardAndExport(int width, int height) throws Exception {
        try (BrowserSession browser = BrowserSession.signedIn(port, "jobs@example.com", "안녕하세요", width, height)) {
            browser.open("applications");
            browser.waitForText("h1", "지원 현황");
            browser.waitForText(".applications-view", "아직 지원이 없습니다");
            browser.screenshot("40-applications-empty");

            browser.click("#applications-add");
            browser.type("#application-company input", "네이버");
            browser.type("#application-role input", "AI 백엔드 개발자");
            browser.click("#application-add");
            browser.waitForText("h1", "네이버 · AI 백엔드 개발자");
            browser.waitForText("#application-stage", "관심");

            String[][] moves = {{"지원으로 옮기기", "지원"}, {"서류 통과로 옮기기", "서류 통과"}, {"1차 면접으로 옮기기", "1차 면접"}};
            for (String[] move : moves) {
                move(browser, move[0], move[1]);
            }
            browser.waitForText(".application-history", "1차 면접");
            browser.screenshot("41-application-moved");

            browser.click("#round-new");
            browser.type("#round-questions textarea", "RAG 파이프라인을 설계해 보세요\nGIL이 무엇인가요");
            browser.click("#round-save");
            browser.waitForText(".round-list", "GIL이 무엇인가요");
            browser.clickText(".round-questions vaadin-button", "카드 만들기");
            browser.waitForText(".round-questions", "카드 만듦");
            browser.screenshot("42-application-round");

            browser.open("interview/questions");
            browser.waitForText(".card-origin", "면접에서 받은 질문: 기술 면접");
            browser.screenshot("45-question-from-round");
            browser.click(".card-origin");
            browser.waitForText("h1", "네이버 · AI 백엔드 개발자");
            browser.waitForText(".round-card.focused", "GIL이 무엇인가요");

            browser.open("applications");
            browser.waitForText(".stage-board", "네이버");
            browser.screenshot("43-applications-board");
            browser.clickText("vaadin-tab", "표");
            browser.waitForText(".application-table", "네이버");
            browser.screenshot("46-applications-table");
            String csv = browser.download("a.export-link");
            assertThat(csv).contains("Company,Role,Stage,Outcome", "네이버,AI 백엔드 개발자,1차 면접,OPEN", "서류 통과");

            browser.clickText("vaadin-tab", "분석");
            browser.waitForText(".insights-panel", "단계별 도달");
            browser.screenshot("44-applications-insights");
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"390, 844", "1280, 800"})
    void aLongColumnShowsThirtyCardsAndTheRestOnATap(int width, int height) throws Exception {
        accounts.logIn("jobs@example.com", AccountFixtures.PASSWORD);
        for (int i = 1; i <= 35; i++) {
            applications.add(ApplicationDraft.of("회사 " + i, "AI 백엔드"), null);
        }
        AccountFixtures.logOut();
        try (BrowserSession browser = BrowserSession.signedIn(port, "jobs@example.com", "안녕하세요", width, height)) {
            browser.open("applications");
            browser.waitForText(".stage-board", "관심 · 35");
            browser.scrollTo(".show-more");
            browser.screenshot("47-applications-long-column");
            browser.waitForCount(".application-card", 30);

            browser.clickText(".show-more", "나머지 5개 보기");
            browser.waitForCount(".application-card", 35);
            browser.waitForCount(".show-more", 0);
        }
    }

    @Test
    void aCsvFileOfOverOneMegabyteArrivesWholeAndIsPreviewed() throws Exception {
        Path file = Files.createTempFile("applications", ".csv");
        StringBuilder csv = new StringBuilder("Company,Role,Notes\n");
        String notes = "x".repeat(760);
        for (int i = 0; i < 1900; i++) {
            csv.append("Company ").append(i).append(",Backend,").append(notes).append('\n');
        }
        Files.writeString(file, csv);
        assertThat(Files.size(file)).as("over the servlet's default 1 MB part limit").isGreaterThan(1_400_000);
        try (BrowserSession browser = BrowserSession.signedIn(port, "jobs@example.com", "안녕하세요", 1280, 800)) {
            browser.open("applications");
            browser.clickText("vaadin-button", "CSV 가져오기");
            browser.upload(file);
            browser.waitForText(".csv-preview", "1,900");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aHundredMegabytesPostedPastThePageIsRefusedWhileReadAndTheAppCarriesOn() throws Exception {
        Path file = Files.createTempFile("applications", ".csv");
        Files.writeString(file, "Company,Role\n토스,Backend\n");
        try (BrowserSession browser = BrowserSession.signedIn(port, "jobs@example.com", "안녕하세요", 1280, 800)) {
            browser.open("applications");
            browser.clickText("vaadin-button", "CSV 가져오기");
            long heapBefore = usedHeap();

            String status = browser.postToUpload(100);

            assertThat(status).as("refused while the request is read").isIn("413", "500");
            assertThat(usedHeap() - heapBefore).as("the body was never held").isLessThan(50L * 1024 * 1024);
            browser.upload(file);
            browser.waitForText(".csv-preview", "토스");
        } finally {
            Files.delete(file);
        }
    }

    private static long usedHeap() {
        System.gc();
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }

    /**
     * Picks a move in the status menu. On CI a pick is now and then lost while the menu is still opening, and the
     * stage stays as it was; the menu is then closed and the move picked again, at most three times in all.
     */
    private static void move(BrowserSession browser, String item, String stage) throws InterruptedException {
        for (int attempt = 1; attempt <= 3; attempt++) {
            browser.click(".status-bar vaadin-menu-bar-button");
            browser.clickShownText("vaadin-menu-bar-item", item);
            for (int waited = 0; waited < 20; waited++) {
                if (browser.text("#application-stage").contains(stage)) {
                    return;
                }
                Thread.sleep(250);
            }
            browser.pressKeys(org.openqa.selenium.Keys.ESCAPE);
        }
        browser.waitForText("#application-stage", stage);
    }
}
