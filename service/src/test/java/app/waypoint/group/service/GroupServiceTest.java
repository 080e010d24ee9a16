package app.waypoint.group.service;

import app.waypoint.group.domain.StudyGroup;
import app.waypoint.MutableClock;
import app.waypoint.StatementCounter;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.domain.ActivityKind;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotAllowedException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.group.domain.GroupRole;
import app.waypoint.interview.domain.ProblemDifficulty;
import app.waypoint.interview.service.ProblemService;
import app.waypoint.roadmap.domain.ProgressStatus;
import app.waypoint.roadmap.service.CustomRoadmaps;
import app.waypoint.roadmap.service.RoadmapOutline;
import app.waypoint.roadmap.service.RoadmapService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class GroupServiceTest {

    static final String ROADMAP = "ai-backend-2025h2";

    @Autowired GroupService groups;
    @Autowired GroupProgressService progress;
    @Autowired RoadmapService roadmaps;
    @Autowired ProblemService problems;
    @Autowired CustomRoadmaps customRoadmaps;
    @Autowired AccountFixtures accounts;
    @Autowired CurrentUser currentUser;
    @Autowired TestDatabase database;
    @Autowired MutableClock clock;
    @Autowired StatementCounter statements;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void ownerSignedIn() {
        database.reset();
        clock.set(Instant.parse("2026-03-02T00:30:00Z"));
        accounts.signUpAndLogIn("owner@example.com");
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
        jdbc.update("delete from roadmap where key = 'wide'");
    }

    @Test
    void inviteCodesAreLongRandomAndAWrongCodeReadsLikeAnExpiredOne() {
        long id = groups.create("RAG 스터디", "매주 토요일");
        String first = groups.details(id).invite().code();
        groups.rotateInvite(id);
        String second = groups.details(id).invite().code();
        assertThat(first).hasSizeGreaterThanOrEqualTo(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(second);

        accounts.signUpAndLogIn("joiner@example.com");
        String wrong = invalidCodeMessage(() -> groups.preview("not-a-real-code"));
        String rotated = invalidCodeMessage(() -> groups.join(first));
        assertThat(rotated).isEqualTo(wrong).isEqualTo("group.invite.invalid");
        assertThat(groups.preview(second).groupName()).isEqualTo("RAG 스터디");

        clock.advance(GroupService.INVITE_LIFETIME.plus(Duration.ofMinutes(1)));
        assertThat(invalidCodeMessage(() -> groups.join(second))).isEqualTo(wrong);
        assertThat(groups.myGroups()).isEmpty();
    }

    @Test
    void anExpiredInviteStopsWorkingAndJoiningTwiceIsHarmless() {
        long id = groups.create("Study", null);
        String code = groups.details(id).invite().code();
        accounts.signUpAndLogIn("joiner@example.com");
        assertThat(groups.preview(code).alreadyMember()).isFalse();
        groups.join(code);
        groups.join(code);
        assertThat(groups.preview(code).alreadyMember()).isTrue();
        assertThat(groups.myGroups()).singleElement().satisfies(group -> {
            assertThat(group.myRole()).isEqualTo(GroupRole.MEMBER);
            assertThat(group.memberCount()).isEqualTo(2);
        });

        accounts.logIn("owner@example.com", AccountFixtures.PASSWORD);
        groups.expireInvite(id);
        assertThat(groups.details(id).invite()).isNull();
        accounts.signUpAndLogIn("late@example.com");
        assertThat(invalidCodeMessage(() -> groups.join(code))).isEqualTo("group.invite.invalid");
    }

    @Test
    void badNamesAreRefusedAtTheirFields() {
        assertThatThrownBy(() -> groups.create(" ", "d".repeat(10_000)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field).containsExactly("name", "description"));
        assertThatThrownBy(() -> groups.create("n".repeat(81), null)).isInstanceOf(InvalidInputException.class);
        assertThat(groups.myGroups()).isEmpty();
    }

    @Test
    void aNameIsMeasuredInTheCharactersAPersonSeesNotInUtf16Units() {
        String fortyFiveEmoji = "🚀".repeat(45); // 90 UTF-16 units, 45 characters
        long id = groups.create(fortyFiveEmoji, "📚".repeat(StudyGroup.MAX_DESCRIPTION));
        assertThat(groups.details(id).name()).isEqualTo(fortyFiveEmoji);

        String eightyEmoji = "🧑".repeat(StudyGroup.MAX_NAME);
        long full = groups.create(eightyEmoji, null);
        assertThat(groups.details(full).name()).as("the varchar(80) column holds 80 of them too")
                .isEqualTo(eightyEmoji);

        assertThatThrownBy(() -> groups.create("😀".repeat(StudyGroup.MAX_NAME + 1), null))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly(new FieldProblem("name", "group.name.too-long")));
        assertThat(groups.myGroups()).hasSize(2);
    }

    @Test
    void ownershipIsHandedOverBeforeTheOwnerLeavesAndMembersKeepTheirDataWhenTheyGo() {
        long id = groups.create("Study", null);
        groups.adoptRoadmap(id, ROADMAP);
        String code = groups.details(id).invite().code();
        accounts.signUpAndLogIn("next@example.com");
        long next = currentUser.id();
        groups.join(code);
        long topic = firstTopic();
        roadmaps.changeStatus(topic, ProgressStatus.DONE);

        accounts.logIn("owner@example.com", AccountFixtures.PASSWORD);
        assertThatThrownBy(() -> groups.leave(id)).isInstanceOfSatisfying(NotAllowedException.class,
                denied -> assertThat(denied.messageKey()).isEqualTo("group.denied.owner-leaves"));
        groups.transferOwnership(id, next);
        assertThat(groups.myGroups().get(0).myRole()).isEqualTo(GroupRole.ADMIN);
        groups.leave(id);
        assertThat(groups.myGroups()).isEmpty();

        accounts.logIn("next@example.com", AccountFixtures.PASSWORD);
        assertThat(groups.myGroups().get(0).myRole()).isEqualTo(GroupRole.OWNER);
        assertThatThrownBy(() -> groups.delete(id, "study", Set.of())).isInstanceOf(InvalidInputException.class);
        groups.delete(id, "Study", Set.of());
        assertThat(groups.myGroups()).isEmpty();
        assertThat(roadmaps.currentState(topic).status()).as("own progress outlives the group")
                .isEqualTo(ProgressStatus.DONE);
    }

    @Test
    void theBoardAndFeedShowOnlyWhatEachMemberShares() {
        long id = groups.create("Study", null);
        groups.adoptRoadmap(id, ROADMAP);
        String code = groups.details(id).invite().code();
        accounts.signUpAndLogIn("open@example.com");
        groups.join(code);
        roadmaps.changeStatus(firstTopic(), ProgressStatus.DONE);
        roadmaps.saveNotes(firstTopic(), "Kept to myself", roadmaps.currentState(firstTopic()).version());
        accounts.signUpAndLogIn("private@example.com");
        groups.join(code);
        groups.share(id, false, false, false);
        roadmaps.changeStatus(firstTopic(), ProgressStatus.DONE);
        long twoSum = problems.add("Two Sum", "https://leetcode.com/problems/two-sum/", null, ProblemDifficulty.EASY,
                null);
        problems.attempt(twoSum, true, 15, problems.problem(twoSum).version());

        accounts.logIn("owner@example.com", AccountFixtures.PASSWORD);
        assertThat(progress.board(id, ROADMAP).together()).as("the owner has not studied today yet")
                .isEqualTo(new GroupBoard.Together(0, 2));
        roadmaps.changeStatus(firstTopic(), ProgressStatus.DONE);
        GroupBoard board = progress.board(id, ROADMAP);
        assertThat(board.stages()).hasSize(4);
        GroupBoard.Row open = row(board, "open");
        assertThat(open.shared()).isTrue();
        assertThat(open.stagePercents().get(0)).isPositive();
        assertThat(open.overallPercent()).isPositive();
        GroupBoard.Row hidden = row(board, "private");
        assertThat(hidden.shared()).isFalse();
        assertThat(hidden.stagePercents()).isEmpty();
        assertThat(hidden.streak()).as("activity kept private").isNull();
        assertThat(open.streak()).isEqualTo(1);
        assertThat(board.together()).as("the owner and Open studied today; Private's activity is not counted")
                .isEqualTo(new GroupBoard.Together(1, 2));
        assertThat(board.notes()).as("notes are private unless shared").isEmpty();

        accounts.logIn("open@example.com", AccountFixtures.PASSWORD);
        groups.share(id, true, true, true);
        accounts.logIn("owner@example.com", AccountFixtures.PASSWORD);
        assertThat(progress.board(id, ROADMAP).notes()).singleElement()
                .satisfies(note -> assertThat(note.who()).isEqualTo("open"))
                .satisfies(note -> assertThat(note.notesHtml()).contains("Kept to myself"));

        FeedPage feed = progress.feed(id, 0);
        assertThat(feed.items()).extracting(FeedPage.Item::who, FeedPage.Item::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("owner", ActivityKind.TOPIC_DONE),
                org.assertj.core.groups.Tuple.tuple("private", ActivityKind.MEMBER_JOINED),
                org.assertj.core.groups.Tuple.tuple("open", ActivityKind.TOPIC_DONE),
                org.assertj.core.groups.Tuple.tuple("open", ActivityKind.MEMBER_JOINED));
        assertThat(feed.hasMore()).isFalse();
    }

    @Test
    void theFeedIsPagedNewestFirst() {
        long id = groups.create("Study", null);
        groups.adoptRoadmap(id, ROADMAP);
        List<Long> topics = roadmaps.outline(ROADMAP).stages().stream()
                .flatMap(stage -> stage.topics().stream()).map(RoadmapOutline.Topic::id).toList();
        for (long topic : topics) {
            clock.advance(Duration.ofMinutes(1));
            roadmaps.changeStatus(topic, ProgressStatus.DONE);
        }
        FeedPage first = progress.feed(id, 0);
        assertThat(first.items()).hasSize(Math.min(topics.size(), GroupProgressService.FEED_PAGE_SIZE));
        assertThat(first.items().get(0).at()).isAfter(first.items().get(1).at());
        FeedPage second = progress.feed(id, 1);
        assertThat(first.hasMore()).isEqualTo(topics.size() > GroupProgressService.FEED_PAGE_SIZE);
        assertThat(first.items().size() + second.items().size()).isEqualTo(topics.size());
    }

    @Test
    void theBoardTakesTheSameStatementsForTwoOrFiftyMembersAndAnyNumberOfTopics() {
        customRoadmaps.createBuiltIn(CustomRoadmaps.generated("wide", 6, 20, 0));
        long id = groups.create("Study", null);
        groups.adoptRoadmap(id, ROADMAP);
        groups.adoptRoadmap(id, "wide");
        String code = groups.details(id).invite().code();
        joinAndFinishATopic(code, 1);

        accounts.logIn("owner@example.com", AccountFixtures.PASSWORD);
        statements.reset();
        progress.board(id, ROADMAP);
        int small = statements.count();
        statements.reset();
        progress.board(id, "wide");
        int wide = statements.count();

        for (int i = 2; i <= 49; i++) {
            joinAndFinishATopic(code, i);
        }
        accounts.logIn("owner@example.com", AccountFixtures.PASSWORD);
        statements.reset();
        GroupBoard board = progress.board(id, ROADMAP);
        assertThat(board.rows()).hasSize(50);
        assertThat(statements.count()).isEqualTo(small).isEqualTo(wide).isLessThanOrEqualTo(12);
        statements.reset();
        assertThat(progress.feed(id, 0).items()).hasSize(GroupProgressService.FEED_PAGE_SIZE);
        assertThat(statements.count()).isLessThanOrEqualTo(5);
    }

    @Test
    void aRemovedMemberCannotComeBackWithAnyInviteUntilAllowedBack() {
        Removal removal = someoneJoinedAndWasRemoved();
        long id = removal.groupId();
        String code = removal.code();
        long removed = removal.accountId();
        groups.rotateInvite(id);
        String fresh = groups.details(id).invite().code();
        assertThat(groups.details(id).removed()).singleElement()
                .satisfies(person -> assertThat(person.displayName()).isEqualTo("removed"));

        accounts.logIn("removed@example.com", AccountFixtures.PASSWORD);
        assertThat(groups.preview(fresh).removed()).isTrue();
        assertThatThrownBy(() -> groups.join(code)).as("the rotated link no longer works for anyone")
                .isInstanceOfSatisfying(InvalidInputException.class, stale -> assertThat(stale.problems().get(0)
                        .messageKey()).isEqualTo("group.invite.invalid"));
        assertThatThrownBy(() -> groups.join(fresh)).isInstanceOfSatisfying(NotAllowedException.class,
                denied -> assertThat(denied.messageKey()).isEqualTo("group.invite.removed"));
        assertThat(groups.myGroups()).isEmpty();
        assertThatThrownBy(() -> groups.allowBack(id, removed)).isInstanceOf(
                NotFoundException.class);

        accounts.logIn("owner@example.com", AccountFixtures.PASSWORD);
        groups.allowBack(id, removed);
        assertThat(groups.details(id).removed()).isEmpty();
        accounts.logIn("removed@example.com", AccountFixtures.PASSWORD);
        assertThat(groups.preview(fresh).removed()).isFalse();
        groups.join(fresh);
        assertThat(groups.myGroups()).hasSize(1);
    }

    @Test
    void aRemovedMemberIsBarredEvenWithTheLinkTheyAlreadyHad() {
        Removal removal = someoneJoinedAndWasRemoved();
        long id = removal.groupId();

        accounts.logIn("removed@example.com", AccountFixtures.PASSWORD);
        assertThatThrownBy(() -> groups.join(removal.code())).isInstanceOfSatisfying(NotAllowedException.class,
                denied -> assertThat(denied.messageKey()).isEqualTo("group.invite.removed"));
        assertThat(jdbc.queryForObject("select count(*) from group_member where group_id = ?", Integer.class, id))
                .isOne();
    }

    @Test
    void someoneWhoLeavesAndRejoinsKeepsTheirSharingChoices() {
        long id = groups.create("Study", null);
        String code = groups.details(id).invite().code();
        accounts.signUpAndLogIn("back@example.com");
        groups.join(code);
        groups.share(id, false, true, true);
        groups.sharePipeline(id, true);
        groups.leave(id);
        groups.join(code);
        assertThat(groups.details(id).mySharing()).isEqualTo(new GroupDetails.Sharing(false, true, true, true));
    }

    @Test
    void togglingATopicReportsItFinishedOnceAndReopeningWithdrawsIt() {
        long id = groups.create("Study", null);
        groups.adoptRoadmap(id, ROADMAP);
        long topic = firstTopic();
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(1));
            roadmaps.changeStatus(topic, ProgressStatus.DONE);
            clock.advance(Duration.ofMinutes(1));
            roadmaps.changeStatus(topic, ProgressStatus.NOT_STARTED);
        }
        assertThat(topicEvents()).as("reopened: withdrawn").isEmpty();
        roadmaps.changeStatus(topic, ProgressStatus.DONE);
        roadmaps.changeStatus(topic, ProgressStatus.IN_PROGRESS);
        roadmaps.changeStatus(topic, ProgressStatus.DONE);
        assertThat(topicEvents()).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from activity_event where kind = 'TOPIC_DONE'",
                Integer.class)).isOne();
    }

    @Test
    void aMemberHidingProgressHasNoFinishedTopicsInTheFeedButStillTheirSharedActivity() {
        long id = groups.create("Study", null);
        groups.adoptRoadmap(id, ROADMAP);
        String code = groups.details(id).invite().code();
        accounts.signUpAndLogIn("quiet@example.com");
        groups.join(code);
        groups.share(id, false, true, false);
        roadmaps.changeStatus(firstTopic(), ProgressStatus.DONE);
        long twoSum = problems.add("Two Sum", "https://leetcode.com/problems/two-sum/", null, ProblemDifficulty.EASY,
                null);
        problems.attempt(twoSum, true, 15, problems.problem(twoSum).version());

        accounts.logIn("owner@example.com", AccountFixtures.PASSWORD);
        assertThat(progress.feed(id, 0).items()).extracting(FeedPage.Item::kind)
                .containsExactly(ActivityKind.PROBLEM_SOLVED, ActivityKind.MEMBER_JOINED);
    }

    private List<FeedPage.Item> topicEvents() {
        return progress.feed(groups.myGroups().get(0).id(), 0).items().stream()
                .filter(item -> item.kind() == ActivityKind.TOPIC_DONE).toList();
    }

    record Removal(long groupId, String code, long accountId) {
    }

    /** The owner's group, which removed@example.com joined and was removed from; the owner is signed in again. */
    private Removal someoneJoinedAndWasRemoved() {
        long id = groups.create("Study", null);
        String code = groups.details(id).invite().code();
        accounts.signUpAndLogIn("removed@example.com");
        long removed = currentUser.id();
        groups.join(code);
        accounts.logIn("owner@example.com", AccountFixtures.PASSWORD);
        groups.removeMember(id, removed);
        return new Removal(id, code, removed);
    }

    private void joinAndFinishATopic(String code, int i) {
        accounts.signUpAndLogIn("m" + i + "@example.com");
        groups.join(code);
        roadmaps.changeStatus(firstTopic(), ProgressStatus.DONE);
    }

    private long firstTopic() {
        return roadmaps.outline(ROADMAP).stages().get(0).topics().get(0).id();
    }

    private static GroupBoard.Row row(GroupBoard board, String name) {
        return board.rows().stream().filter(row -> row.displayName().equals(name)).findFirst().orElseThrow();
    }

    private static String invalidCodeMessage(Runnable attempt) {
        try {
            attempt.run();
        } catch (InvalidInputException invalid) {
            return invalid.problems().get(0).messageKey();
        }
        throw new AssertionError("The invite was accepted");
    }
}
