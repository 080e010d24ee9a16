package app.waypoint.journey;

import app.waypoint.account.service.AccountFixtures;
import app.waypoint.group.service.GroupService;
import app.waypoint.portfolio.service.ProjectBoardService;
import app.waypoint.portfolio.service.ProjectService;
import app.waypoint.portfolio.service.TeamProjectService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loopback cluster's journey, run by {@code deploy/loopback/prove.sh} against two production jars behind nginx on
 * one PostgreSQL (the proxy's address in {@code waypoint.cluster.url}). Two people, landing on different instances,
 * share a group and edit the same task: the second save is refused. Then one of them changes their password on one
 * instance, and their session on the other instance ends. This test's own context, on the same database, is a
 * third instance that sets the scene through the services.
 */
@EnabledIfSystemProperty(named = "waypoint.cluster.url", matches = ".+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClusterJourneyTest {

    /** nginx names the instance that answered a browser in this cookie, and sends it there from then on. */
    static final String ROUTE_COOKIE = "waypoint_route";
    private static final String NEW_PASSWORD = "a new passphrase for the cluster";

    @Autowired AccountFixtures accounts;
    @Autowired GroupService groups;
    @Autowired TeamProjectService teamProjects;
    @Autowired ProjectBoardService board;
    @Autowired ProjectService projects;

    private final String proxy = System.getProperty("waypoint.cluster.url");
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<BrowserSession> opened = new ArrayList<>();

    /** This context works on the cluster's database, named by the proof script, not on an embedded one. */
    @DynamicPropertySource
    static void theClustersDatabase(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> System.getProperty("waypoint.cluster.jdbc-url"));
        properties.add("spring.datasource.username", () -> System.getProperty("waypoint.cluster.db-user"));
        properties.add("spring.datasource.password", () -> System.getProperty("waypoint.cluster.db-password"));
    }

    @BeforeAll
    static void needsChromium() {
        BrowserSession.requireChromium();
    }

    @Test
    void twoPeopleOnTwoInstancesShareATaskAndAPasswordChangeEndsTheOtherInstancesSession() throws Exception {
        String owner = "owner-" + run + "@example.com";
        String member = "member-" + run + "@example.com";
        opened.clear();
        TeamTask shared = aGroupWithATeamTask(owner, member);
        long project = shared.project();
        long task = shared.task();
        try {
            BrowserSession ownerBrowser = signedIn(owner, null);
            BrowserSession memberBrowser = signedIn(member, ownerBrowser.cookie(ROUTE_COOKIE));
            assertThat(memberBrowser.cookie(ROUTE_COOKIE)).as("the two people are on different instances")
                    .isNotEqualTo(ownerBrowser.cookie(ROUTE_COOKIE));

            for (BrowserSession browser : List.of(ownerBrowser, memberBrowser)) {
                browser.open("projects/" + project);
                browser.click("#task-" + task + " vaadin-menu-bar-button");
                browser.clickShownText("vaadin-menu-bar-item", "작업 수정");
                browser.waitForText("vaadin-dialog", "담당자");
            }
            ownerBrowser.type("vaadin-dialog vaadin-text-field input", "Write the retriever (owner)");
            ownerBrowser.clickText("vaadin-dialog vaadin-button", "저장");
            ownerBrowser.waitForText("#task-" + task, "Write the retriever (owner)");
            ownerBrowser.screenshot("97-cluster-first-save");
            memberBrowser.type("vaadin-dialog vaadin-text-field input", "Write the retriever (member)");
            memberBrowser.clickText("vaadin-dialog vaadin-button", "저장");
            memberBrowser.waitForText("vaadin-notification-card", "그사이 다른 탭이나 팀원이 이 작업을 변경했습니다");
            memberBrowser.screenshot("98-cluster-second-refused");
            accounts.logIn(owner, AccountFixtures.PASSWORD);
            assertThat(projects.details(project).tasks()).singleElement()
                    .satisfies(saved -> assertThat(saved.title()).isEqualTo("Write the retriever (owner)"));

            BrowserSession ownerElsewhere = signedIn(owner, ownerBrowser.cookie(ROUTE_COOKIE));
            assertThat(ownerElsewhere.cookie(ROUTE_COOKIE)).isNotEqualTo(ownerBrowser.cookie(ROUTE_COOKIE));
            ownerBrowser.open("settings");
            ownerBrowser.type("#current-password input", AccountFixtures.PASSWORD);
            ownerBrowser.type("#new-password input", NEW_PASSWORD);
            ownerBrowser.type("#new-password-confirmation input", NEW_PASSWORD);
            ownerBrowser.click("#change-password");
            ownerBrowser.waitForText("vaadin-notification-card", "비밀번호를 변경했습니다");

            ownerElsewhere.open("settings");
            // signed out, the login page speaks the browser's language
            ownerElsewhere.waitForText(".auth-notice", "ended when the password changed");
            assertThat(ownerElsewhere.location()).isEqualTo("/login?expired");
            ownerElsewhere.screenshot("99-cluster-session-ended-elsewhere");
            ownerBrowser.open("settings");
            ownerBrowser.waitForText("h1", "설정");
        } finally {
            for (BrowserSession browser : opened) {
                browser.close();
            }
        }
    }

    private record TeamTask(long project, long task) {
    }

    /** The owner's group, which the member joined, with a team project holding one task. */
    private TeamTask aGroupWithATeamTask(String owner, String member) {
        accounts.signUp(owner, "Owner " + run);
        accounts.signUp(member, "Member " + run);
        accounts.logIn(owner, AccountFixtures.PASSWORD);
        long group = groups.create("Cluster study " + run, null);
        String code = groups.details(group).invite().code();
        long project = teamProjects.createBlank(group, "Team RAG " + run);
        board.addTask(project, "Write the retriever");
        accounts.logIn(member, AccountFixtures.PASSWORD);
        groups.join(code);
        accounts.logIn(owner, AccountFixtures.PASSWORD);
        long task = projects.details(project).tasks().getFirst().id();
        AccountFixtures.logOut();
        return new TeamTask(project, task);
    }

    @Test
    void failedSignInsOnBothInstancesCountTogether() throws Exception {
        String email = "guessed-" + run + "@example.com";
        accounts.signUp(email, "Guessed " + run);
        try {
            BrowserSession first = atLogin(null);
            BrowserSession second = atLogin(first.cookie(ROUTE_COOKIE));
            for (BrowserSession browser : List.of(first, first, first, second, second)) {
                browser.open("login");
                browser.logIn(email, "not the password at all");
                browser.waitForText("vaadin-login-form", "Email or password is incorrect");
            }
            first.open("login");
            first.logIn(email, AccountFixtures.PASSWORD);
            first.waitForText("vaadin-login-form", "Too many failed attempts");
            first.screenshot("99a-cluster-sign-ins-counted-together");
        } finally {
            for (BrowserSession browser : opened) {
                browser.close();
            }
        }
    }

    /** A phone-sized browser signed in through the proxy, on another instance than {@code notOn} if given. */
    private BrowserSession signedIn(String email, String notOn) throws Exception {
        BrowserSession browser = atLogin(notOn);
        browser.logIn(email, AccountFixtures.PASSWORD);
        browser.waitForText("h1", "안녕하세요");
        return browser;
    }

    /**
     * A phone-sized browser at the login page through the proxy; with {@code notOn} an instance, browsers are opened
     * until the proxy's turn-taking lands one on another instance.
     */
    private BrowserSession atLogin(String notOn) throws Exception {
        for (int attempt = 0; attempt < 6; attempt++) {
            BrowserSession browser = new BrowserSession(proxy, 390, 844);
            browser.open("login");
            if (notOn == null || !notOn.equals(browser.cookie(ROUTE_COOKIE))) {
                opened.add(browser);
                return browser;
            }
            browser.close();
        }
        throw new AssertionError("the proxy sent six new browsers to the same instance");
    }
}
