package app.waypoint.portfolio.service;

import app.waypoint.MutableClock;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.base.domain.ActivityKind;
import app.waypoint.group.service.FeedPage;
import app.waypoint.group.service.GroupProgressService;
import app.waypoint.group.service.GroupService;
import app.waypoint.interview.domain.ProblemDifficulty;
import app.waypoint.interview.service.ProblemService;
import app.waypoint.roadmap.domain.ProgressStatus;
import app.waypoint.roadmap.service.CustomRoadmapService;
import app.waypoint.roadmap.service.RoadmapService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a group's feed may show of a person who belongs to two groups: their own group's team projects, the
 * roadmaps the group follows, the personal activity they share, and only from while they are members.
 */
@SpringBootTest
class GroupFeedScopeTest {

    static final String ROADMAP = "ai-backend-2025h2";

    @Autowired GroupService groups;
    @Autowired GroupProgressService progress;
    @Autowired TeamProjectService teamProjects;
    @Autowired ProjectRecordsService projectRecords;
    @Autowired ProjectService projects;
    @Autowired RoadmapService roadmaps;
    @Autowired CustomRoadmapService customRoadmaps;
    @Autowired ProblemService problems;
    @Autowired AccountFixtures accounts;
    @Autowired TestDatabase database;
    @Autowired MutableClock clock;

    long groupA;
    long groupB;

    /** Ana runs group A, Bo runs group B, and Dual is a member of both. */
    @BeforeEach
    void twoGroupsAndSomeoneInBoth() {
        database.reset();
        clock.set(Instant.parse("2026-03-02T00:30:00Z"));
        accounts.signUpAndLogIn("ana@example.com");
        groupA = groups.create("Group A", null);
        groups.adoptRoadmap(groupA, ROADMAP);
        String codeA = groups.details(groupA).invite().code();
        accounts.signUpAndLogIn("bo@example.com");
        groupB = groups.create("Group B", null);
        String codeB = groups.details(groupB).invite().code();
        accounts.signUpAndLogIn("dual@example.com");
        groups.join(codeA);
        groups.join(codeB);
        tick();
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    @Test
    void aTeamProjectsMilestoneShowsInItsOwnGroupsFeedOnly() {
        long teamProject = teamProjects.createBlank(groupB, "B's secret launch");
        projectRecords.addMilestone(teamProject, "Beta shipped", null);
        long personal = projects.createBlank("My own RAG app");
        projectRecords.addMilestone(personal, "Demo ready", null);
        projectRecords.markMilestone(projects.details(teamProject).milestones().get(0).id(), true);
        tick();
        projectRecords.markMilestone(projects.details(personal).milestones().get(0).id(), true);

        accounts.logIn("ana@example.com", AccountFixtures.PASSWORD);
        assertThat(subjects(groupA, ActivityKind.MILESTONE_DONE)).containsExactly("My own RAG app: Demo ready");
        accounts.logIn("bo@example.com", AccountFixtures.PASSWORD);
        assertThat(subjects(groupB, ActivityKind.MILESTONE_DONE))
                .containsExactly("My own RAG app: Demo ready", "B's secret launch: Beta shipped");
    }

    @Test
    void topicsShowOnlyForRoadmapsTheGroupFollowsAndNeverFromAPrivateRoadmap() {
        String fork = customRoadmaps.fork(ROADMAP);
        long privateTopic = roadmaps.outline(fork).stages().get(0).topics().get(1).id();
        roadmaps.changeStatus(privateTopic, ProgressStatus.DONE);
        tick();
        long followedTopic = roadmaps.outline(ROADMAP).stages().get(0).topics().get(0).id();
        roadmaps.changeStatus(followedTopic, ProgressStatus.DONE);

        accounts.logIn("ana@example.com", AccountFixtures.PASSWORD);
        assertThat(subjects(groupA, ActivityKind.TOPIC_DONE))
                .containsExactly(roadmaps.outline(ROADMAP).stages().get(0).topics().get(0).title().en());
        accounts.logIn("bo@example.com", AccountFixtures.PASSWORD);
        assertThat(subjects(groupB, ActivityKind.TOPIC_DONE)).as("group B follows no roadmap").isEmpty();
    }

    @Test
    void whatSomeoneDidBeforeJoiningOrAfterLeavingStaysOutOfTheFeed() {
        long early = problems.add("Two Sum", "https://leetcode.com/problems/two-sum/", null, ProblemDifficulty.EASY,
                null);
        problems.attempt(early, true, 10, problems.problem(early).version());
        tick();

        accounts.signUpAndLogIn("late@example.com");
        long solvedBefore = problems.add("Valid Anagram", "https://leetcode.com/problems/valid-anagram/", null,
                ProblemDifficulty.EASY, null);
        problems.attempt(solvedBefore, true, 10, problems.problem(solvedBefore).version());
        tick();
        accounts.logIn("ana@example.com", AccountFixtures.PASSWORD);
        String code = groups.details(groupA).invite().code();
        accounts.logIn("late@example.com", AccountFixtures.PASSWORD);
        groups.join(code);
        tick();
        long solvedAfter = problems.add("Contains Duplicate", "https://leetcode.com/problems/contains-duplicate/",
                null, ProblemDifficulty.EASY, null);
        problems.attempt(solvedAfter, true, 10, problems.problem(solvedAfter).version());

        accounts.logIn("ana@example.com", AccountFixtures.PASSWORD);
        assertThat(subjects(groupA, ActivityKind.PROBLEM_SOLVED))
                .containsExactly("Contains Duplicate", "Two Sum");

        accounts.logIn("dual@example.com", AccountFixtures.PASSWORD);
        groups.leave(groupA);
        accounts.logIn("ana@example.com", AccountFixtures.PASSWORD);
        assertThat(subjects(groupA, ActivityKind.PROBLEM_SOLVED)).containsExactly("Contains Duplicate");
        assertThat(progress.feed(groupA, 0).items()).extracting(FeedPage.Item::who).doesNotContain("dual");
    }

    private List<String> subjects(long groupId, ActivityKind kind) {
        return progress.feed(groupId, 0).items().stream().filter(item -> item.kind() == kind)
                .map(item -> item.subject().en()).toList();
    }

    private void tick() {
        clock.advance(Duration.ofMinutes(1));
    }
}
