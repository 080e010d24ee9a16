package app.waypoint.journey;

import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.account.service.AccountService;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.domain.Language;
import app.waypoint.group.service.GroupService;
import app.waypoint.portfolio.domain.ProjectStatus;
import app.waypoint.portfolio.service.ProjectRecordsService;
import app.waypoint.portfolio.service.ProjectService;
import app.waypoint.portfolio.service.TeamProjectService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a study group found broken, walked through on phones (390×844) in Korean: a person in two groups whose
 * other group's team project must not reach this group's feed, a removed member who tries the old link, an
 * invite opened while signed out that survives sign-up, and deleting a group that names its team project and
 * hands it to a member first. Screenshots go to ui/target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TrustJourneyTest {

    private static final String OWNER = "jiyeon@example.com";
    private static final String DUAL = "minjun@example.com";
    private static final String DUAL_NAME = "민준";
    private static final String REMOVED = "seoyeon@example.com";
    private static final String REMOVED_NAME = "서연";
    private static final String OTHER_OWNER = "bo@example.com";
    private static final String GROUP = "RAG 스터디";
    private static final String OTHER_GROUP = "CV 스터디";
    private static final String SECRET_PROJECT = "CV 비밀 프로젝트";
    private static final String TEAM_PROJECT = "RAG 챗봇";
    private static final String OWN_PROJECT = "사내 문서 검색";

    @LocalServerPort int port;
    @Autowired TestDatabase database;
    @Autowired AccountFixtures accounts;
    @Autowired AccountService accountService;
    @Autowired CurrentUser currentUser;
    @Autowired GroupService groups;
    @Autowired TeamProjectService teamProjects;
    @Autowired ProjectRecordsService projectRecords;
    @Autowired ProjectService projects;
    @Autowired JdbcTemplate jdbc;

    private String invite;
    private long ownProject;

    @BeforeAll
    static void needsChromium() {
        AccountJourneyTest.needsChromium();
    }

    /**
     * 지연 runs RAG 스터디 with 민준 and 서연; Bo runs CV 스터디, which 민준 is also in, and 민준 reaches a milestone of
     * its team project. RAG 스터디 has a team project of its own.
     */
    @BeforeEach
    void twoGroupsWithSomeoneInBoth() {
        database.reset();
        signUp(OWNER, "지연");
        long group = groups.create(GROUP, null);
        groups.adoptRoadmap(group, "ai-backend-2025h2");
        invite = groups.details(group).invite().code();
        teamProjects.createBlank(group, TEAM_PROJECT);
        ownProject = projects.createBlank(OWN_PROJECT);
        projects.changeStatus(ownProject, ProjectStatus.PLANNED);
        projects.changeStatus(ownProject, ProjectStatus.IN_PROGRESS);
        signUp(OTHER_OWNER, "보");
        long other = groups.create(OTHER_GROUP, null);
        String otherInvite = groups.details(other).invite().code();
        long secret = teamProjects.createBlank(other, SECRET_PROJECT);
        projectRecords.addMilestone(secret, "베타 출시", null);
        signUp(REMOVED, REMOVED_NAME);
        groups.join(invite);
        signUp(DUAL, DUAL_NAME);
        groups.join(invite);
        groups.join(otherInvite);
        projectRecords.markMilestone(projects.details(secret).milestones().get(0).id(), true);
        AccountFixtures.logOut();
    }

    @Test
    void aGroupSeesOnlyItsOwnAndNothingIsLostOrDeletedUnasked() throws Exception {
        try (BrowserSession owner = BrowserSession.signedIn(port, OWNER, "안녕하세요", 390, 844)) {
            feedLeavesOutTheOtherGroupsTeamProject(owner);
            removeAMember(owner);
            try (BrowserSession removed = BrowserSession.signedIn(port, REMOVED, "안녕하세요", 390, 844)) {
                removed.open("groups/join/" + invite);
                removed.waitForText(".join-card", "이 그룹에서 내보내졌습니다");
                removed.screenshot("t04-removed-member-invite");
            }
            aNewcomerSignsUpFromTheInvite();
            shootTheSameScreensOnALaptop();
            deleteTheGroupKeepingItsTeamProject(owner);
            datesInKoreanAndAStaleStatusExplained(owner);
            aRefusedRoadmapFileIsMarkedFailedAndExplainedAtItsLine(owner);
            anUnknownAddressIsAnInAppPage(owner);
        }
    }

    /** The date picker speaks Korean and takes a typed date; a status change from an old page is explained. */
    private void datesInKoreanAndAStaleStatusExplained(BrowserSession owner) throws Exception {
        owner.open("projects/" + ownProject);
        owner.waitForText(".project-view h1", OWN_PROJECT);
        owner.type(".inline-form vaadin-text-field input", "데모 완성");
        owner.type(".inline-form vaadin-date-picker input", "2026. 3. 20.");
        owner.pressEnter(".inline-form vaadin-date-picker input");
        assertThat(owner.script("const p = document.querySelector('.inline-form vaadin-date-picker');"
                + "return [p.value, !!p.opened, p.i18n.today, p.i18n.cancel, p.i18n.monthNames[2],"
                + " p.i18n.formatTitle('3월', 2026)].join('|');"))
                .as("the typed date is taken, no calendar is left open, and its words are Korean")
                .isEqualTo("2026-03-20|false|오늘|취소|3월|2026년 3월");
        owner.click("#milestone-add");
        owner.waitForText(".milestone-list", "데모 완성");
        owner.waitForText(".milestone-list", "2026. 3. 20.");
        owner.script("document.querySelector('.inline-form vaadin-date-picker').open(); return null;");
        owner.screenshot("t10-korean-date-picker");
        owner.script("document.querySelector('.inline-form vaadin-date-picker').close(); return null;");

        // another tab takes the project back to planned meanwhile
        accounts.logIn(OWNER, AccountFixtures.PASSWORD);
        projects.changeStatus(ownProject, ProjectStatus.PLANNED);
        AccountFixtures.logOut();
        owner.click("#status-DONE");
        owner.waitForText("vaadin-notification-card", "한 단계씩 진행합니다");
        owner.waitForText("vaadin-notification-card", "현재 상태: 계획");
        owner.waitForText(".status-bar", "작업 시작");
        owner.screenshot("t11-stale-status");
    }

    private void aRefusedRoadmapFileIsMarkedFailedAndExplainedAtItsLine(BrowserSession owner) throws Exception {
        Path file = Files.createTempFile("roadmap", ".yaml");
        Files.writeString(file, """
                title: {ko: 제목, en: Title}
                stages:
                  - key: first
                    colour: blue
                    title: {ko: 단계, en: Stage}
                """);
        try {
            owner.open("roadmaps");
            owner.clickText(".page-actions vaadin-button", "파일 가져오기");
            owner.upload(file);
            owner.waitForText(".import-problems", "4행");
            owner.waitForText(".import-problems", "colour");
            assertThat(owner.text(".import-problems")).doesNotContain("app.waypoint", "java", "line");
            assertThat(owner.script("const f = document.querySelector('vaadin-upload').files[0];"
                    + "return [!!f.error, !!f.complete].join('|');"))
                    .as("the refused file is marked failed, not ticked").isEqualTo("true|false");
            owner.screenshot("t13-import-refused");
        } finally {
            Files.delete(file);
        }
    }

    private void anUnknownAddressIsAnInAppPage(BrowserSession owner) throws Exception {
        owner.open("no-such-page");
        owner.waitForText(".not-found-page h1", "페이지를 찾을 수 없습니다");
        owner.waitForText(".not-found-home", "홈으로 돌아가기");
        owner.screenshot("t12-not-found");
    }

    private void feedLeavesOutTheOtherGroupsTeamProject(BrowserSession owner) throws Exception {
        owner.open("groups");
        owner.clickText(".group-card a", GROUP);
        owner.clickText("vaadin-tab", "피드");
        owner.waitForText(".feed", DUAL_NAME + "님이 그룹에 참여했습니다");
        assertThat(owner.text(".feed")).doesNotContain(SECRET_PROJECT, "베타 출시");
        owner.screenshot("t01-feed-without-other-group");
    }

    private void removeAMember(BrowserSession owner) throws Exception {
        owner.clickText("vaadin-tab", "멤버");
        owner.waitForText(".member-list", REMOVED_NAME);
        owner.clickText(".member-row vaadin-button", "내보내기");
        owner.waitForText("vaadin-confirm-dialog", "어떤 초대 링크로도 다시 참여할 수 없습니다");
        owner.screenshot("t02-remove-dialog");
        owner.clickText("vaadin-confirm-dialog vaadin-button", "내보내기");
        owner.waitForText(".member-list", "내보낸 사람");
        owner.scrollTo(".removed-member");
        owner.screenshot("t03-removed-list");
    }

    private void aNewcomerSignsUpFromTheInvite() throws Exception {
        try (BrowserSession newcomer = new BrowserSession("http://localhost:" + port + "/", 390, 844)) {
            newcomer.open("groups/join/" + invite);
            newcomer.click(".auth-language .language-switch");
            newcomer.waitForText(".auth-invite", "“" + GROUP + "” 그룹에 초대받았습니다");
            newcomer.screenshot("t05-login-with-invite");
            newcomer.clickText(".auth-switch a", "계정 만들기");
            newcomer.waitForText(".auth-invite", GROUP);
            newcomer.type("#signup-email input", "dohyun@example.com");
            newcomer.type("#signup-display-name input", "도현");
            newcomer.type("#signup-password input", AccountFixtures.PASSWORD);
            newcomer.type("#signup-confirmation input", AccountFixtures.PASSWORD);
            newcomer.screenshot("t06-signup-with-invite");
            newcomer.click("#signup-submit");
            newcomer.waitForPath("groups/join/" + invite);
            newcomer.waitForText(".join-card vaadin-button", GROUP + " 참여하기");
            newcomer.screenshot("t07-invite-after-signup");
            newcomer.clickText(".join-card vaadin-button", "참여하기");
            newcomer.waitForText(".group-view h1", GROUP);
        }
    }

    private void shootTheSameScreensOnALaptop() throws Exception {
        try (BrowserSession visitor = new BrowserSession("http://localhost:" + port + "/", 1280, 800)) {
            visitor.open("groups/join/" + invite);
            visitor.click(".auth-language .language-switch");
            visitor.waitForText(".auth-invite", GROUP);
            visitor.screenshot("t05-login-with-invite");
        }
        try (BrowserSession laptop = BrowserSession.signedIn(port, OWNER, "안녕하세요", 1280, 800)) {
            laptop.open("groups");
            laptop.clickText(".group-card a", GROUP);
            laptop.clickText("vaadin-tab", "피드");
            laptop.waitForText(".feed", DUAL_NAME + "님이 그룹에 참여했습니다");
            laptop.screenshot("t01-feed-without-other-group");
            laptop.clickText("vaadin-tab", "멤버");
            laptop.waitForText(".member-list", "내보낸 사람");
            laptop.screenshot("t03-removed-list");
            laptop.clickText("vaadin-tab", "설정");
            laptop.clickText(".group-settings vaadin-button", "그룹 삭제");
            laptop.waitForText(".delete-projects", TEAM_PROJECT);
            laptop.screenshot("t08-delete-dialog");
            laptop.clickText("vaadin-dialog vaadin-button", "취소");
            laptop.open("projects/" + ownProject);
            laptop.waitForText(".project-view h1", OWN_PROJECT);
            laptop.screenshot("t10-project");
            laptop.open("no-such-page");
            laptop.waitForText(".not-found-page h1", "페이지를 찾을 수 없습니다");
            laptop.screenshot("t12-not-found");
        }
    }

    private void deleteTheGroupKeepingItsTeamProject(BrowserSession owner) throws Exception {
        owner.reload();
        owner.clickText("vaadin-tab", "설정");
        owner.clickText(".group-settings vaadin-button", "그룹 삭제");
        owner.waitForText(".delete-projects", TEAM_PROJECT);
        owner.screenshot("t08-delete-dialog");
        owner.click(".delete-project vaadin-select");
        owner.clickText("vaadin-select-item", DUAL_NAME);
        owner.clickText(".delete-project vaadin-button", "남기기");
        owner.waitForText(".delete-projects", "팀 프로젝트가 없습니다");
        owner.type("vaadin-dialog vaadin-text-field input", GROUP);
        owner.screenshot("t09-delete-confirmed");
        owner.clickText("vaadin-dialog vaadin-button", "그룹 삭제");
        owner.waitForPath("groups");
        assertThat(jdbc.queryForObject("select count(*) from study_group where name = ?", Integer.class, GROUP))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from project p join account a on a.id = p.owner_id "
                + "where p.title = ? and a.email = ?", Integer.class, TEAM_PROJECT, DUAL)).isOne();
    }

    private void signUp(String email, String name) {
        accounts.signUp(email, name);
        accounts.logIn(email, AccountFixtures.PASSWORD);
        accountService.changeLanguage(Language.KO);
    }
}
