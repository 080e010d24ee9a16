package app.waypoint.today.ui;

import app.waypoint.MutableClock;
import app.waypoint.StatementCounter;
import app.waypoint.account.service.ProfileUpdate;
import app.waypoint.account.ui.LoginView;
import app.waypoint.application.service.ApplicationDraft;
import app.waypoint.application.service.ApplicationService;
import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.group.service.GroupService;
import app.waypoint.group.service.SessionService;
import app.waypoint.interview.domain.ProblemDifficulty;
import app.waypoint.interview.domain.QuestionCategory;
import app.waypoint.interview.service.ProblemService;
import app.waypoint.interview.service.QuestionBankService;
import app.waypoint.portfolio.service.ProjectRecordsService;
import app.waypoint.portfolio.service.ProjectService;
import app.waypoint.roadmap.domain.ProgressStatus;
import app.waypoint.roadmap.service.RoadmapOutline;
import app.waypoint.roadmap.service.RoadmapService;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class HomeViewTest extends KaribuTest {

    private static final String ROADMAP = "ai-backend-2025h2";

    @Autowired RoadmapService roadmaps;
    @Autowired QuestionBankService bank;
    @Autowired ProblemService problems;
    @Autowired ProjectService projects;
    @Autowired ProjectRecordsService projectRecords;
    @Autowired GroupService groups;
    @Autowired SessionService sessions;
    @Autowired ApplicationService applications;
    @Autowired StatementCounter statements;
    @Autowired MutableClock clock;

    private Instant before;

    @BeforeEach
    void fixedTime() {
        before = clock.instant();
        clock.set(Instant.parse("2026-03-02T00:30:00Z"));   // a Monday morning in Seoul
    }

    @AfterEach
    void timeAsItWas() {
        clock.set(before);
    }

    @Test
    void anonymousVisitorsAreSentToLogin() {
        openBrowser();
        UI.getCurrent().navigate("");
        NavigatorKt.expectView(LoginView.class);
    }

    @Test
    void aNewPersonIsLedToTheFirstStepsInKorean() {
        signUpAndLogIn("new@example.com", Language.KO);
        openBrowser(Locale.KOREAN);
        UI.getCurrent().navigate("");
        HomeView home = _get(HomeView.class);

        assertThat(_get(ReadinessCard.class).getElement().getTextRecursively())
                .contains("준비도", "0", "모든 항목이 0에서 시작합니다");
        assertThat(actionLinks()).extracting(link -> link.getElement().getAttribute("data-kind"))
                .containsExactly("SET_TARGET", "START_ROADMAP", "LOAD_STARTER_QUESTIONS");
        assertThat(actionLinks()).extracting(RouterLink::getHref)
                .containsExactly("settings", "roadmaps/" + ROADMAP, "interview/questions");
        String due = _get(DueSoonCard.class).getElement().getTextRecursively();
        assertThat(due).contains("아직 질문 카드가 없습니다.", "기본 면접 질문 불러오기", "로드맵 시작하기",
                "아직 포트폴리오 프로젝트가 없습니다.", "첫 포트폴리오 프로젝트 계획하기",
                "앞으로 14일 안에 마일스톤, 팔로업, 모임이 없습니다.");
        assertThat(_get(PaceCard.class).getElement().getTextRecursively())
                .contains("계획을 세워 로드맵을 시작하면", "이번 주 공부한 날: 0일 · 지난주: 0일");
        assertThat(_get(ActivityCard.class).getElement().getTextRecursively()).contains("하루 한 칸씩");
        assertThat(_find(_get(ActivityCard.class), Svg.class)).hasSize(1);
        assertThat(home.getElement().getTextRecursively()).contains("목표 직무와 날짜를 정하면");
    }

    @Test
    void everyPartOfReadinessExplainsItselfAndLinksToWhereItImproves() {
        signUpAndLogIn("parts@example.com", Language.EN);
        roadmaps.start(ROADMAP);
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("");

        List<Details> parts = _find(_get(ReadinessCard.class), Details.class);
        assertThat(parts).extracting(part -> part.getElement().getAttribute("data-part"))
                .containsExactly("ROADMAP", "QUESTIONS", "PROBLEMS", "PORTFOLIO", "STORIES", "MOCK_INTERVIEWS");
        assertThat(parts).allSatisfy(part -> assertThat(part.isOpened()).isFalse());
        assertThat(parts).extracting(part -> _find(part, RouterLink.class).getFirst().getHref())
                .containsExactly("roadmaps/" + ROADMAP, "interview/review", "interview/problems", "projects",
                        "interview/stories", "interview/mocks");
        assertThat(parts.get(1).getElement().getTextRecursively())
                .contains("Question bank", "0 / 20", "fewer than 10 cards", "ML 0%", "Project 0%");
        assertThat(parts.get(2).getElement().getTextRecursively()).contains("Coding problems", "0 / 20",
                "toward the guide's 100: 0");
        assertThat(parts.get(5).getElement().getTextRecursively()).contains("Mock interviews", "0 / 5",
                "0 of 4");
    }

    @Test
    void dueCardsTheTopicInProgressReSolvesMilestonesAndSessionsAreListedWithTheirLinks() {
        signUpAndLogIn("busy@example.com", Language.EN);
        RoadmapOutline outline = roadmaps.outline(ROADMAP);
        RoadmapOutline.Topic python = outline.stages().getFirst().topics().getFirst();
        roadmaps.changeStatus(python.id(), ProgressStatus.IN_PROGRESS);
        roadmaps.start(ROADMAP);
        bank.addStarterSet(Language.EN);
        long twoSum = problems.add("Two Sum", "https://leetcode.com/problems/two-sum/", "LeetCode",
                ProblemDifficulty.EASY, "array");
        problems.attempt(twoSum, true, 15, problems.problem(twoSum).version());
        clock.advance(Duration.ofDays(8));
        LocalDate today = LocalDate.of(2026, 3, 10);
        long project = projects.createBlank("RAG chatbot");
        projectRecords.addMilestone(project, "First demo", today.plusDays(3));
        projectRecords.addMilestone(project, "Launch", today.plusDays(30));
        long followUp = applications.add(new ApplicationDraft("Naver", "AI backend", null, null, null, null, null,
                null, null, today.plusDays(5), null, null, null, List.of(), java.util.Set.of()), null);
        long group = groups.create("Busan AI study", null);
        sessions.addSession(group, today.plusDays(2), "Transformers");
        var profile = accountService.currentProfile();
        accountService.updateProfile(new ProfileUpdate(profile.displayName(), "AI backend developer",
                today.plusDays(10), profile.timeZone(), profile.version()));

        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("");

        DueSoonCard due = _get(DueSoonCard.class);
        int cardsDue = bank.summary().dueToday() > 0 ? (int) bank.summary().dueToday() : -1;
        assertThat(cardsDue).as("the starter set leaves cards due").isPositive();
        assertThat(line(due, "cards")).isEqualTo(cardsDue + " cards to review · about "
                + (int) Math.ceil(cardsDue * 40 / 60.0) + " min");
        assertThat(line(due, "problems")).isEqualTo("Re-solve: Two Sum");
        assertThat(line(due, "topic")).isEqualTo("In progress: " + python.title().en());
        assertThat(line(due, "milestone")).startsWith("First demo · RAG chatbot").contains("in 3 days");
        assertThat(due.getElement().getTextRecursively()).doesNotContain("Launch");
        assertThat(line(due, "target")).startsWith("Target date: AI backend developer").contains("in 10 days");
        assertThat(line(due, "session")).startsWith("Busan AI study: Transformers").contains("in 2 days");
        assertThat(line(due, "application")).startsWith("Follow up: Naver · AI backend").contains("in 5 days");
        assertThat(due.getElement().getTextRecursively()).doesNotContain("No portfolio project yet.");
        assertThat(_find(due, RouterLink.class)).extracting(RouterLink::getHref).contains("interview/review",
                "interview/problems", "roadmaps/" + ROADMAP, "projects/" + project, "groups/" + group, "applications/" + followUp);

        assertThat(actionLinks()).extracting(link -> link.getElement().getAttribute("data-kind"))
                .doesNotContain("SET_TARGET", "START_ROADMAP", "LOAD_STARTER_QUESTIONS", "PLAN_PROJECT")
                .contains("REVIEW_CARDS").hasSizeLessThanOrEqualTo(3);
        assertThat(_get(PaceCard.class).getElement().getTextRecursively())
                .contains("Projected finish:", "behind your target date");
    }

    @Test
    void thePageReadsInAtMostTenStatementsHoweverMuchThereIs() {
        signUpAndLogIn("counted@example.com", Language.EN);
        bank.addCard(QuestionCategory.ML, "One question", null, null, null);
        problems.add("One problem", "https://example.com/one", null, ProblemDifficulty.EASY, null);
        projectRecords.addMilestone(projects.createBlank("One project"), "One milestone", LocalDate.of(2026, 3, 4));
        sessions.addSession(groups.create("One group", null), LocalDate.of(2026, 3, 5), "One topic");
        applications.add(ApplicationDraft.of("One company", "Role"), null);
        openBrowser(Locale.ENGLISH);
        int small = statementsToOpenHome();
        String smallStatements = statements.statements().toString();

        roadmaps.start(ROADMAP);
        RoadmapOutline outline = roadmaps.outline(ROADMAP);
        outline.stages().forEach(stage -> stage.topics().stream().limit(2)
                .forEach(topic -> roadmaps.changeStatus(topic.id(), ProgressStatus.DONE)));
        bank.addStarterSet(Language.EN);
        for (int i = 0; i < 60; i++) {
            bank.addCard(QuestionCategory.values()[i % 5], "Question " + i, null, null, null);
            long problem = problems.add("Problem " + i, "https://example.com/" + i, null, ProblemDifficulty.MEDIUM, null);
            problems.attempt(problem, true, 10, problems.problem(problem).version());
        }
        for (int i = 0; i < 5; i++) {
            long project = projects.createBlank("Project " + i);
            projectRecords.addMilestone(project, "Milestone " + i, LocalDate.of(2026, 3, 5 + i));
            sessions.addSession(groups.create("Group " + i, null), LocalDate.of(2026, 3, 6 + i), "Topic " + i);
        }
        long applied = applications.board().stages().get(1).id();
        for (int i = 0; i < 30; i++) {
            applications.add(new ApplicationDraft("Company " + i, "Role", null, null, null, null, null, null, null,
                    LocalDate.of(2026, 3, 3), null, null, null, List.of(), java.util.Set.of()), applied);
        }
        int large = statementsToOpenHome();
        String largeStatements = statements.statements().toString();

        assertThat(_get(DueSoonCard.class).getElement().getTextRecursively()).contains("Group 4: Topic 4",
                "Milestone 4 · Project 4", "Follow up: Company 29 · Role");
        assertThat(large).as("%s%nversus%n%s", largeStatements, smallStatements).isEqualTo(small)
                .isLessThanOrEqualTo(10);
    }

    /** Counts a fresh home page, coming from another page as a person would. */
    private int statementsToOpenHome() {
        UI.getCurrent().navigate("settings");
        statements.reset();
        UI.getCurrent().navigate("");
        _get(HomeView.class);
        return statements.count();
    }

    private static String line(Component card, String kind) {
        return _find(card, com.vaadin.flow.component.html.ListItem.class).stream()
                .filter(item -> kind.equals(item.getElement().getAttribute("data-due")))
                .map(item -> item.getElement().getTextRecursively()).findFirst().orElse("(no " + kind + " line)");
    }

    private static List<RouterLink> actionLinks() {
        return _find(_get(NextActionsCard.class), RouterLink.class);
    }
}
