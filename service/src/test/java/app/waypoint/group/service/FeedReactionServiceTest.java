package app.waypoint.group.service;

import app.waypoint.MutableClock;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.domain.ActivityKind;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.group.domain.Reaction;
import app.waypoint.interview.domain.ProblemDifficulty;
import app.waypoint.interview.service.ProblemService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reactions on a group's feed, for someone in two groups: a reaction belongs to the group it was given in, only what
 * the group's feed shows can be reacted to, and only current members' reactions count.
 */
@SpringBootTest
class FeedReactionServiceTest {

    @Autowired FeedReactionService reactions;
    @Autowired GroupProgressService progress;
    @Autowired GroupService groups;
    @Autowired ProblemService problems;
    @Autowired AccountFixtures accounts;
    @Autowired CurrentUser currentUser;
    @Autowired TestDatabase database;
    @Autowired MutableClock clock;

    long groupA;
    long groupB;
    long dualSolved;

    /** Ana runs group A, Bo runs group B, and Dual, a member of both, solved a problem. */
    @BeforeEach
    void twoGroupsAndSomeoneInBoth() {
        database.reset();
        clock.set(Instant.parse("2026-03-02T00:30:00Z"));
        accounts.signUpAndLogIn("ana@example.com");
        groupA = groups.create("Group A", null);
        String codeA = groups.details(groupA).invite().code();
        accounts.signUpAndLogIn("bo@example.com");
        groupB = groups.create("Group B", null);
        String codeB = groups.details(groupB).invite().code();
        accounts.signUpAndLogIn("dual@example.com");
        groups.join(codeA);
        groups.join(codeB);
        clock.advance(Duration.ofMinutes(1));
        long problem = problems.add("Two Sum", "https://leetcode.com/problems/two-sum/", null, ProblemDifficulty.EASY,
                null);
        problems.attempt(problem, true, 15, problems.problem(problem).version());
        dualSolved = item(groupA, ActivityKind.PROBLEM_SOLVED).id();
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    @Test
    void membersCheerAndTakeItBackAndEachGroupKeepsItsOwnReactions() {
        accounts.logIn("ana@example.com", AccountFixtures.PASSWORD);
        assertThat(reactions.toggle(groupA, dualSolved, Reaction.CLAP))
                .containsExactly(new FeedPage.Reactions(Reaction.CLAP, 1, true));
        reactions.toggle(groupA, dualSolved, Reaction.FIRE);

        accounts.logIn("dual@example.com", AccountFixtures.PASSWORD);
        reactions.toggle(groupA, dualSolved, Reaction.CLAP);
        assertThat(item(groupA, ActivityKind.PROBLEM_SOLVED).reactions()).containsExactly(
                new FeedPage.Reactions(Reaction.CLAP, 2, true), new FeedPage.Reactions(Reaction.FIRE, 1, false));
        assertThat(item(groupB, ActivityKind.PROBLEM_SOLVED).id()).as("the same activity in the other group")
                .isEqualTo(dualSolved);
        assertThat(item(groupB, ActivityKind.PROBLEM_SOLVED).reactions()).as("with none of group A's reactions")
                .isEmpty();

        assertThat(reactions.toggle(groupA, dualSolved, Reaction.CLAP)).as("a second tap takes it back")
                .containsExactly(new FeedPage.Reactions(Reaction.CLAP, 1, false),
                        new FeedPage.Reactions(Reaction.FIRE, 1, false));
    }

    @Test
    void onlyWhatTheGroupsFeedShowsCanBeReactedToAndOnlyByItsMembers() {
        accounts.logIn("bo@example.com", AccountFixtures.PASSWORD);
        long boJoinedB = item(groupB, ActivityKind.MEMBER_JOINED).id();
        assertThatThrownBy(() -> reactions.toggle(groupA, dualSolved, Reaction.CLAP)).as("not a member of group A")
                .isInstanceOf(NotFoundException.class);

        accounts.logIn("dual@example.com", AccountFixtures.PASSWORD);
        long dualJoinedA = progress.feed(groupA, ActivityKind.MEMBER_JOINED, 0).items().stream()
                .filter(item -> "dual".equals(item.who())).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> reactions.toggle(groupA, boJoinedB, Reaction.CLAP))
                .as("an item of another group's feed").isInstanceOf(NotFoundException.class);
        reactions.toggle(groupA, dualJoinedA, Reaction.PARTY);
        assertThat(progress.feed(groupB, ActivityKind.MEMBER_JOINED, 0).items())
                .allSatisfy(item -> assertThat(item.reactions()).isEmpty());

        groups.leave(groupA);
        accounts.logIn("ana@example.com", AccountFixtures.PASSWORD);
        assertThat(progress.feed(groupA, null, 0).items()).allSatisfy(item ->
                assertThat(item.reactions()).as("a former member's reactions no longer count").isEmpty());
    }

    @Test
    void theFeedShowsOneKindOfActivityWhenAsked() {
        accounts.logIn("ana@example.com", AccountFixtures.PASSWORD);
        assertThat(progress.feed(groupA, null, 0).items()).extracting(FeedPage.Item::kind)
                .contains(ActivityKind.PROBLEM_SOLVED, ActivityKind.MEMBER_JOINED);
        assertThat(progress.feed(groupA, ActivityKind.PROBLEM_SOLVED, 0).items()).extracting(FeedPage.Item::kind)
                .containsOnly(ActivityKind.PROBLEM_SOLVED);
        assertThat(progress.feed(groupA, ActivityKind.TOPIC_DONE, 0).items()).isEmpty();
    }

    private FeedPage.Item item(long groupId, ActivityKind kind) {
        List<FeedPage.Item> items = progress.feed(groupId, kind, 0).items();
        assertThat(items).isNotEmpty();
        return items.getFirst();
    }
}
