package app.waypoint.today.service;

import app.waypoint.MutableClock;
import app.waypoint.StatementCounter;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.base.domain.Language;
import app.waypoint.interview.domain.Competency;
import app.waypoint.interview.domain.MockInterviewKind;
import app.waypoint.interview.domain.ProblemDifficulty;
import app.waypoint.interview.service.MockInterviewDraft;
import app.waypoint.interview.service.MockInterviewService;
import app.waypoint.interview.service.ProblemService;
import app.waypoint.interview.service.QuestionBankService;
import app.waypoint.interview.service.StoryDraft;
import app.waypoint.interview.service.StoryService;
import app.waypoint.portfolio.service.ProjectService;
import app.waypoint.roadmap.service.RoadmapService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class TodaySmokeTest {

    @Autowired TodayService today;
    @Autowired RoadmapService roadmaps;
    @Autowired QuestionBankService bank;
    @Autowired ProblemService problems;
    @Autowired ProjectService projects;
    @Autowired StoryService stories;
    @Autowired MockInterviewService mocks;
    @Autowired AccountFixtures accounts;
    @Autowired TestDatabase database;
    @Autowired MutableClock clock;
    @Autowired StatementCounter statements;

    @BeforeEach
    void signedIn() {
        database.reset();
        clock.set(Instant.parse("2026-03-02T00:30:00Z"));
        accounts.signUpAndLogIn("today@example.com");
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    @Test
    void smoke() {
        statements.reset();
        Today empty = today.today();
        System.out.println("EMPTY " + statements.count() + " " + statements.statements());
        System.out.println(empty);
        roadmaps.start("ai-backend-2025h2");
        bank.addStarterSet(Language.KO);
        problems.add("Two Sum", "https://leetcode.com/problems/two-sum/", "LeetCode", ProblemDifficulty.EASY, "array");
        projects.createFromTemplate("llm-chatbot", Language.KO);
        stories.add(new StoryDraft("Faster API", "s", "t", "a", "r", null, Set.of(Competency.PERFORMANCE)));
        mocks.log(new MockInterviewDraft(LocalDate.of(2026, 3, 1), MockInterviewKind.values()[0], "Kim", "q", 3, List.of()));
        statements.reset();
        Today some = today.today();
        System.out.println("SOME " + statements.count() + " " + statements.statements());
        System.out.println(some);
        assertThat(statements.count()).isLessThanOrEqualTo(10);
    }
}
