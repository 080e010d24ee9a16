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

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people in two browsers, on phones, in Korean: one creates a study group, follows the built-in roadmap and
 * shares the invite link; the other opens it, confirms, and finishes a topic; the first sees it on the board and
 * in the feed. The group's tabs are also shot at desktop size. Screenshots go to ui/target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GroupJourneyTest {

    private static final String OWNER = "jiyeon@example.com";
    private static final String OWNER_NAME = "지연";
    private static final String GUEST = "minjun@example.com";
    private static final String GUEST_NAME = "민준";
    private static final String GROUP = "RAG 스터디";
    private static final String ROADMAP_TITLE = "2025년 하반기 AI 백엔드 개발자 로드맵";
    private static final String FIRST_TOPIC = "Python 기본 문법 및 고급 기능";

    @LocalServerPort int port;
    @Autowired TestDatabase database;
    @Autowired AccountFixtures accounts;
    @Autowired AccountService accountService;

    @BeforeAll
    static void needsChromium() {
        AccountJourneyTest.needsChromium();
    }

    @BeforeEach
    void twoAccountsInKorean() {
        database.reset();
        for (String[] account : List.of(new String[] {OWNER, OWNER_NAME}, new String[] {GUEST, GUEST_NAME})) {
            accounts.signUp(account[0], account[1]);
            accounts.logIn(account[0], AccountFixtures.PASSWORD);
            accountService.changeLanguage(Language.KO);
        }
        AccountFixtures.logOut();
    }

    @Test
    void aMembersFinishedTopicShowsOnTheOwnersBoardAndFeed() throws Exception {
        try (BrowserSession owner = logInAt(OWNER, 390, 844)) {
            String invite = createGroupFollowTheRoadmapAndReadTheInvite(owner);
            try (BrowserSession guest = logInAt(GUEST, 390, 844)) {
                joinAndFinishTheFirstTopic(guest, invite);
            }
            seeTheGuestsProgress(owner);
        }
        try (BrowserSession desktop = logInAt(OWNER, 1280, 800)) {
            shootEveryTab(desktop);
        }
    }

    private BrowserSession logInAt(String email, int width, int height) throws Exception {
        return BrowserSession.signedIn(port, email, "안녕하세요", width, height);
    }

    private String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    /** Returns the invite link as the settings tab shows it. */
    private String createGroupFollowTheRoadmapAndReadTheInvite(BrowserSession owner) throws Exception {
        owner.open("groups");
        owner.waitForText(".groups-view .empty-state", "아직 참여한 그룹이 없습니다");
        owner.screenshot("60-groups-empty");
        owner.type(".group-form vaadin-text-field input", GROUP);
        owner.clickText(".group-form vaadin-button", "그룹 만들기");
        owner.waitForText(".group-view h1", GROUP);
        owner.waitForText(".group-board .empty-state", "설정에서 고르면");
        owner.screenshot("61-group-created");
        assertThat(owner.script("return [...document.querySelectorAll('.group-tabs vaadin-tab')].every(tab => {"
                + " const box = tab.getBoundingClientRect(); return box.width > 0 && box.left >= 0"
                + " && box.right <= document.documentElement.clientWidth; }) + ''"))
                .as("every tab in sight on a phone, none behind a scroll arrow").isEqualTo("true");
        owner.clickText("vaadin-tab", "프로젝트");
        owner.waitForText(".group-projects .empty-state", "팀 프로젝트가 없습니다");
        owner.screenshot("61a-group-projects");

        owner.clickText("vaadin-tab", "설정");
        owner.click(".group-settings vaadin-select");
        owner.clickText("vaadin-select-item", ROADMAP_TITLE);
        // the page rebuilds after the change and must stay on the settings tab
        owner.waitForText(".group-settings .follow-up", ROADMAP_TITLE);
        String invite = owner.attribute(".group-settings vaadin-text-field[readonly]", "value");
        assertThat(invite).startsWith(baseUrl() + "groups/join/");
        owner.scrollTo(".group-settings vaadin-text-field[readonly]");
        owner.screenshot("62-settings-invite");
        return invite;
    }

    private void joinAndFinishTheFirstTopic(BrowserSession guest, String invite) throws Exception {
        guest.open(invite.substring(baseUrl().length()));
        guest.waitForText(".join-card h2", GROUP);
        guest.waitForText(".join-card vaadin-button", GROUP + " 참여하기");
        guest.screenshot("63-join-preview");
        guest.clickText(".join-card vaadin-button", "참여하기");
        guest.waitForText(".group-view h1", GROUP);
        guest.waitForText(".board-grid", GUEST_NAME);
        guest.screenshot("64-joined-board");
        guest.clickText("vaadin-tab", "설정");
        guest.waitForText(".group-settings", "그룹 나가기");
        guest.screenshot("65-member-settings");

        guest.open("roadmaps/ai-backend-2025h2");
        guest.click("#topic-python-core .status-done");
        guest.clickText("vaadin-confirm-dialog vaadin-button", "그래도 완료로 표시");   // its sub-topics are open
        guest.waitForText(".overall", "주제 16개 중 1개");
        guest.screenshot("66-topic-done");
    }

    private void seeTheGuestsProgress(BrowserSession owner) throws Exception {
        owner.reload();
        owner.waitForText(".board-grid", GUEST_NAME);
        List<String> row = boardRow(owner, GUEST_NAME);
        assertThat(row.getFirst()).as("first stage").isNotEqualTo("0%");
        assertThat(row.getLast()).as("overall").isNotEqualTo("0%");
        owner.screenshot("67-board");

        owner.clickText("vaadin-tab", "피드");
        owner.waitForText(".feed", GUEST_NAME + "님이 “" + FIRST_TOPIC + "” 토픽을 완료했습니다");
        owner.waitForText(".feed", GUEST_NAME + "님이 그룹에 참여했습니다");
        owner.click(".feed-item .reaction-clap");   // cheering the newest item, the finished topic
        owner.waitForText(".feed-item .reaction-clap[aria-pressed='true']", "1");
        owner.screenshot("68-feed");

        owner.clickText("vaadin-tab", "멤버");
        owner.waitForText(".member-list", GUEST_NAME);
        owner.screenshot("69-members");

        owner.open("groups");
        owner.waitForText(".group-card", GROUP);
        owner.screenshot("75-groups");
    }

    /** The percentages after the member's name on the board: one per stage, then the overall one. */
    private static List<String> boardRow(BrowserSession browser, String name) {
        List<String> cells = List.of(browser.text(".board-grid").split("\n"));
        int at = cells.indexOf(name);
        assertThat(at).as("row of " + name).isNotNegative();
        return cells.subList(at + 1, cells.size()).stream().takeWhile(cell -> cell.endsWith("%")).toList();
    }

    private void shootEveryTab(BrowserSession desktop) throws Exception {
        desktop.open("groups");
        desktop.waitForText(".group-card", GROUP);
        desktop.screenshot("70-groups");
        desktop.clickText(".group-card a", GROUP);
        desktop.waitForText(".board-grid", GUEST_NAME);
        desktop.screenshot("71-board");
        desktop.clickText("vaadin-tab", "피드");
        desktop.waitForText(".feed", GUEST_NAME + "님이 그룹에 참여했습니다");
        desktop.screenshot("72-feed");
        desktop.clickText("vaadin-tab", "멤버");
        desktop.waitForText(".member-list", GUEST_NAME);
        desktop.screenshot("73-members");
        desktop.clickText("vaadin-tab", "설정");
        desktop.find(".group-settings vaadin-text-field[readonly]");
        desktop.screenshot("74-settings");
    }
}
