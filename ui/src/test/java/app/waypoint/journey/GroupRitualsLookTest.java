package app.waypoint.journey;

import app.waypoint.MutableClock;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.account.service.AccountService;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.domain.Language;
import app.waypoint.group.domain.Attendance;
import app.waypoint.group.service.GroupChecklistService;
import app.waypoint.group.service.GroupService;
import app.waypoint.group.service.PairingService;
import app.waypoint.group.service.SessionService;
import app.waypoint.interview.domain.ProblemDifficulty;
import app.waypoint.interview.service.ChecklistService;
import app.waypoint.interview.service.ProblemService;
import app.waypoint.portfolio.service.ProjectBoardService;
import app.waypoint.portfolio.service.ProjectDetails;
import app.waypoint.portfolio.service.ProjectService;
import app.waypoint.portfolio.service.TeamProjectService;
import app.waypoint.roadmap.domain.ProgressStatus;
import app.waypoint.roadmap.service.RoadmapOutline;
import app.waypoint.roadmap.service.RoadmapService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The group's rituals as they look, in Korean: a group of three (so this week's draw is one trio) with two
 * sessions, a shared checklist and a team project, set up through the services. The owner's screens are shot on
 * a phone and a desktop, a plain member's read-only ones on a phone; the board by topic and what a member shares
 * on two phones and a desktop. Screenshots go to ui/target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GroupRitualsLookTest {

    private static final String OWNER = "jiyeon@example.com";
    private static final String OWNER_NAME = "지연";
    private static final String MEMBER = "minjun@example.com";
    private static final String MEMBER_NAME = "민준";
    private static final String QUIET = "seoyeon@example.com";
    private static final String QUIET_NAME = "서연";
    private static final String GROUP = "RAG 스터디";
    private static final String ROADMAP = "ai-backend-2025h2";
    private static final String PROJECT = "RAG 기반 도메인 챗봇 서비스";
    /** Days the owner solved a problem on, counted back from today: a live streak with today still open. */
    private static final int STREAK_DAYS = 3;

    @LocalServerPort int port;
    @Autowired TestDatabase database;
    @Autowired AccountFixtures accounts;
    @Autowired AccountService accountService;
    @Autowired CurrentUser currentUser;
    @Autowired GroupService groups;
    @Autowired SessionService sessions;
    @Autowired PairingService pairing;
    @Autowired GroupChecklistService groupChecklists;
    @Autowired ChecklistService checklists;
    @Autowired TeamProjectService teamProjects;
    @Autowired ProjectBoardService projectBoard;
    @Autowired ProjectService projects;
    @Autowired ProblemService problems;
    @Autowired MutableClock clock;
    @Autowired RoadmapService roadmaps;

    private long groupId;
    private long projectId;

    @BeforeAll
    static void needsChromium() {
        AccountJourneyTest.needsChromium();
    }

    @BeforeEach
    void aGroupOfThreeWithEverythingInIt() {
        database.reset();
        long owner = signUpInKorean(OWNER, OWNER_NAME);
        groupId = groups.create(GROUP, "매주 수요일 저녁 온라인 모임");
        String invite = groups.details(groupId).invite().code();
        long member = signUpInKorean(MEMBER, MEMBER_NAME);
        groups.join(invite);
        checklists.tick("technical-interview", "algorithms-100", true, null);
        checklists.tick("technical-interview", "ml-concepts", true, null);
        long quiet = signUpInKorean(QUIET, QUIET_NAME);
        groups.join(invite);
        // one member keeps their progress to themselves, so the checklist shows a hidden row too
        groups.share(groupId, false, true, false);

        accounts.logIn(OWNER, AccountFixtures.PASSWORD);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        long lastWeek = sessions.addSession(groupId, today.minusWeeks(1), "RAG 평가 지표 정리");
        long thisWeek = sessions.addSession(groupId, today, "벡터 DB 비교와 청킹 전략");
        sessions.mark(groupId, lastWeek, owner, Attendance.PRESENT);
        sessions.mark(groupId, thisWeek, owner, Attendance.PRESENT);
        sessions.mark(groupId, lastWeek, member, Attendance.PRESENT);
        sessions.mark(groupId, thisWeek, member, Attendance.ABSENT);
        sessions.mark(groupId, lastWeek, quiet, Attendance.EXCUSED);
        pairing.draw(groupId);
        groupChecklists.assign(groupId, "technical-interview");
        checklists.tick("technical-interview", "ai-system-design", true, null);
        projectId = teamProjects.createFromTemplate(groupId, "llm-chatbot", Language.KO);
        ProjectDetails.Task first = projects.details(projectId).tasks().getFirst();
        projectBoard.assignTask(first.id(), member, first.version());
        solveOnEachOfTheLastDays();
        AccountFixtures.logOut();
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    @Test
    void sessionsPairsChecklistsStreakAndTeamProjectLookRightOnAPhoneAndADesktop() throws Exception {
        for (int[] size : new int[][] {{390, 844}, {1280, 800}}) {
            try (BrowserSession owner = logInAt(OWNER, size[0], size[1])) {
                shootTheOwnersScreens(owner);
            }
        }
        try (BrowserSession member = logInAt(MEMBER, 390, 844)) {
            shootTheMembersScreens(member);
        }
    }

    private long signUpInKorean(String email, String name) {
        accounts.signUp(email, name);
        accounts.logIn(email, AccountFixtures.PASSWORD);
        accountService.changeLanguage(Language.KO);
        return currentUser.id();
    }

    /** A solved problem on each of the days before today; the clock, shared with other tests, ends where it started. */
    private void solveOnEachOfTheLastDays() {
        Instant now = clock.instant();
        try {
            for (int daysAgo = STREAK_DAYS; daysAgo > 0; daysAgo--) {
                clock.set(now.minus(Duration.ofDays(daysAgo)));
                long id = problems.add("Two Sum " + daysAgo, "https://leetcode.com/problems/two-sum-" + daysAgo,
                        "LeetCode", ProblemDifficulty.EASY, null);
                problems.attempt(id, true, 20, problems.problem(id).version());
            }
        } finally {
            clock.set(now);
        }
    }

    @Test
    void theBoardByTopicAndWhatAMemberSharesLookRightOnPhonesAndADesktop() throws Exception {
        followTheRoadmapTogether();
        for (int[] size : new int[][] {{360, 740}, {390, 844}, {1280, 800}}) {
            try (BrowserSession owner = logInAt(OWNER, size[0], size[1])) {
                shootTheBoardByTopic(owner);
            }
        }
    }

    /**
     * Eight members on the roadmap: Minjun shares his notes, Seoyeon keeps her progress private, and four of the
     * five who join now are learning the same topic, where the group is stuck.
     */
    private void followTheRoadmapTogether() {
        accounts.logIn(OWNER, AccountFixtures.PASSWORD);
        groups.adoptRoadmap(groupId, ROADMAP);
        String invite = groups.details(groupId).invite().code();
        List<Long> topics = roadmaps.outline(ROADMAP).stages().stream().flatMap(stage -> stage.topics().stream())
                .map(RoadmapOutline.Topic::id).toList();
        roadmaps.changeStatus(topics.get(0), ProgressStatus.DONE);
        roadmaps.changeStatus(topics.get(1), ProgressStatus.DONE);
        roadmaps.changeStatus(topics.get(2), ProgressStatus.IN_PROGRESS);
        accounts.logIn(MEMBER, AccountFixtures.PASSWORD);
        groups.share(groupId, true, true, true);
        roadmaps.changeStatus(topics.get(0), ProgressStatus.DONE);
        roadmaps.saveNotes(topics.get(0), "**제너레이터**로 대용량 로그를 한 줄씩 읽기. `yield from`은 하위 제너레이터에 위임.",
                roadmaps.currentState(topics.get(0)).version());
        roadmaps.changeStatus(topics.get(1), ProgressStatus.IN_PROGRESS);
        roadmaps.changeStatus(topics.get(3), ProgressStatus.SKIPPED);
        accounts.logIn(QUIET, AccountFixtures.PASSWORD);
        roadmaps.changeStatus(topics.get(2), ProgressStatus.IN_PROGRESS);
        String[][] joining = {{"hajun", "하준"}, {"doyun", "도윤"}, {"sua", "수아"}, {"alexandra", "Alexandra"},
                {"yeeun", "예은"}};
        for (int i = 0; i < joining.length; i++) {
            signUpInKorean(joining[i][0] + "@example.com", joining[i][1]);
            groups.join(invite);
            roadmaps.changeStatus(topics.get(0), ProgressStatus.DONE);
            roadmaps.changeStatus(topics.get(i == 4 ? 5 : 2), ProgressStatus.IN_PROGRESS);
        }
        AccountFixtures.logOut();
    }

    private void shootTheBoardByTopic(BrowserSession owner) throws Exception {
        owner.open("groups/" + groupId);
        owner.waitForText(".board-grid", MEMBER_NAME);
        owner.screenshot("70-board-by-stage");

        owner.clickText("vaadin-radio-button", "주제별");
        owner.waitForText(".topic-grid", "1. 기초 다지기");
        assertThat(owner.text(".topic-private")).contains(QUIET_NAME);
        assertStaysInTheWindow(owner);
        owner.screenshot("71-board-by-topic");
        owner.script("document.querySelector('.topic-grid-scroll').scrollLeft = 10000; return null;");
        owner.screenshot("72-board-by-topic-scrolled");
        // back to the start, where the first stage's names are not under the topic column
        owner.script("document.querySelector('.topic-grid-scroll').scrollLeft = 0; return null;");

        owner.clickText(".topic-grid .member-link", MEMBER_NAME);
        owner.waitForText("vaadin-dialog", "제너레이터");
        assertStaysInTheWindow(owner);
        owner.screenshot("73-member-share");
        owner.clickText("vaadin-dialog vaadin-button", "닫기");
        owner.waitForCount("vaadin-dialog", 0);

        owner.clickText(".topic-private .member-link", QUIET_NAME);
        owner.waitForText("vaadin-dialog", "진도를 공개하지 않습니다");
        assertStaysInTheWindow(owner);
        owner.screenshot("74-member-private");
    }

    /** Nothing makes the page itself scroll sideways: a wide grid scrolls inside its own box. */
    private static void assertStaysInTheWindow(BrowserSession browser) {
        assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth;"))
                .as("the page is no wider than the window").isEqualTo("true");
    }

    private BrowserSession logInAt(String email, int width, int height) throws Exception {
        return BrowserSession.signedIn(port, email, "안녕하세요", width, height);
    }

    private void shootTheOwnersScreens(BrowserSession owner) throws Exception {
        owner.waitForText(".streak-card", STREAK_DAYS + "일 연속");
        owner.screenshot("80-home-streak");

        owner.open("groups/" + groupId);
        owner.waitForText(".group-view h1", GROUP);
        owner.clickText("vaadin-tab", "모임");
        owner.waitForText(".attendance-rates", "100% (2회 중 2회)");
        owner.waitForText(".attendance-rates", "50% (2회 중 1회)");
        owner.find(".session-card .attendance-select");
        owner.screenshot("81-sessions");
        owner.scrollTo(".session-card:last-of-type");
        owner.screenshot("82-sessions-older");

        owner.clickText("vaadin-tab", "면접 짝");
        owner.waitForText(".my-partners", "이번 주 내 짝");
        // a trio: both others are the owner's partners, in the draw's order
        assertThat(owner.text(".my-partners")).contains(MEMBER_NAME, QUIET_NAME);
        owner.screenshot("83-pairs");

        owner.clickText("vaadin-tab", "체크리스트");
        owner.waitForText(".group-checklist", "기술 면접 대비");
        owner.waitForText(".group-checklist", "2/4");
        owner.screenshot("84-checklists");

        owner.open("projects");
        owner.waitForText(".project-card", "팀 프로젝트 · " + GROUP);
        owner.screenshot("85-projects");
        owner.click("#new-team-project");
        owner.waitForText("vaadin-dialog", PROJECT);
        owner.screenshot("86-team-project-dialog");
        owner.clickText("vaadin-dialog vaadin-button", "닫기");

        owner.clickText(".project-card a", PROJECT);
        owner.waitForText(".project-view .team-name", GROUP);
        owner.screenshot("87-team-project");
        owner.waitForText(".column-todo .task-assignee", "담당: " + MEMBER_NAME);
        owner.scrollTo(".column-todo .task-assignee");
        owner.screenshot("88-team-board");

        owner.click(".column-todo .task-card vaadin-menu-bar-button");
        owner.clickText("vaadin-menu-bar-item", "작업 수정");
        owner.waitForText("vaadin-dialog", "담당자");
        owner.screenshot("89-task-dialog");
        owner.click("vaadin-dialog vaadin-select");
        owner.waitForText("vaadin-select-list-box", QUIET_NAME);
        owner.screenshot("90-task-assignee-open");
    }

    private void shootTheMembersScreens(BrowserSession member) throws Exception {
        member.open("groups/" + groupId);
        member.waitForText(".group-view h1", GROUP);
        member.clickText("vaadin-tab", "모임");
        member.waitForText(".session-card", "결석");
        assertThat(member.text(".group-sessions")).as("no register for a plain member")
                .doesNotContain("모임 추가");
        member.screenshot("95-member-sessions");

        member.clickText("vaadin-tab", "면접 짝");
        member.waitForText(".my-partners", "이번 주 내 짝");
        assertThat(member.text(".my-partners")).contains(OWNER_NAME, QUIET_NAME);
        member.screenshot("96-member-pairs");
    }
}
