package app.waypoint.journey;

import app.waypoint.RichAccount;
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

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Korean person who used everything exports their data from settings and downloads the zip; in a new account
 * they upload it, see what it brings in, import it and find their cards there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class YourDataJourneyTest {

    private static final String EMAIL = "haneul@example.com";
    private static final String NEW_EMAIL = "haneul.new@example.com";
    private static final String CARDS = "select count(*) from question_card c join account a on a.id = c.owner_id "
            + "where a.email = ?";

    @LocalServerPort int port;
    @Autowired TestDatabase database;
    @Autowired AccountFixtures accounts;
    @Autowired RichAccount richAccount;
    @Autowired JdbcTemplate jdbc;

    @BeforeAll
    static void needsChromium() {
        BrowserSession.requireChromium();
    }

    @BeforeEach
    void aPersonWhoUsedEverything() {
        database.reset();
        accounts.signUp(EMAIL, "하늘");
        accounts.logIn(EMAIL, AccountFixtures.PASSWORD);
        richAccount.fill();
        AccountFixtures.logOut();
        accounts.signUp(NEW_EMAIL, "하늘");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"390, 844", "1280, 800"})
    void exportDownloadThenImportIntoANewAccount(int width, int height) throws Exception {
        Path file = Files.createTempFile("waypoint-export", ".zip");
        try {
            try (BrowserSession browser = BrowserSession.signedIn(port, EMAIL, "안녕하세요", width, height)) {
                browser.open("settings");
                browser.scrollTo(".settings-data-link");
                browser.click(".settings-data-link");
                browser.waitForPath("settings/data");
                browser.screenshot("data-01-page");
                browser.click("#export-start");
                browser.waitForText(".export-result", "다운로드");
                browser.screenshot("data-02-exported");
                byte[] zip = browser.downloadBytes("#export-download");
                assertThat(zip).hasSizeGreaterThan(1000);
                assertThat(new String(zip, 0, 2)).as("a zip").isEqualTo("PK");
                Files.write(file, zip);
            }
            try (BrowserSession browser = BrowserSession.signedIn(port, NEW_EMAIL, "안녕하세요", width, height)) {
                browser.open("settings/data");
                browser.click("#import-start");
                browser.upload(file);
                browser.waitForText(".import-preview", "질문 카드: 3");
                assertThat(jdbc.queryForObject(CARDS, Integer.class, NEW_EMAIL)).as("a preview keeps nothing")
                        .isZero();
                browser.screenshot("data-03-preview");
                browser.click("#import-go");
                browser.waitForText(".import-preview", "가져왔습니다");
                browser.screenshot("data-04-imported");
                assertThat(jdbc.queryForObject(CARDS, Integer.class, NEW_EMAIL))
                        .isEqualTo(jdbc.queryForObject(CARDS, Integer.class, EMAIL));
                browser.clickText("vaadin-button", "Waypoint 열기");
                browser.waitForText("h1", "안녕하세요");
            }
        } finally {
            Files.delete(file);
        }
    }
}
