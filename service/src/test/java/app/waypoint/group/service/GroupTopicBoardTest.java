package app.waypoint.group.service;

import app.waypoint.StatementCounter;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.roadmap.domain.ProgressStatus;
import app.waypoint.roadmap.service.RoadmapOutline;
import app.waypoint.roadmap.service.RoadmapService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The board by topic and what each member shows the group, as members who share more or less see it: who is
 * learning what, only from those who share their progress, notes only from those who share them.
 */
@SpringBootTest
class GroupTopicBoardTest {

    static final String ROADMAP = "ai-backend-2025h2";

    @Autowired GroupService groups;
    @Autowired GroupProgressService progress;
    @Autowired RoadmapService roadmaps;
    @Autowired AccountFixtures accounts;
    @Autowired CurrentUser currentUser;
    @Autowired TestDatabase database;
    @Autowired StatementCounter statements;

    private long groupId;
    private String code;
    private long ownerId;

    @BeforeEach
    void aGroupOnTheRoadmap() {
        database.reset();
        ownerId = signUp("owner");
        groupId = groups.create("Study", null);
        groups.adoptRoadmap(groupId, ROADMAP);
        code = groups.details(groupId).invite().code();
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    @Test
    void eachTopicShowsTheStatusOfEveryoneWhoSharesAndHowManyAreLearningIt() {
        long open = member("open");
        roadmaps.changeStatus(topic(0), ProgressStatus.IN_PROGRESS);
        roadmaps.changeStatus(topic(1), ProgressStatus.DONE);
        long quiet = member("quiet");
        groups.share(groupId, false, true, false);
        roadmaps.changeStatus(topic(0), ProgressStatus.IN_PROGRESS);
        logIn("owner");
        roadmaps.changeStatus(topic(0), ProgressStatus.IN_PROGRESS);

        GroupTopicBoard board = progress.topicBoard(groupId, ROADMAP);

        assertThat(board.members()).extracting(GroupTopicBoard.Member::accountId).containsExactly(ownerId, open);
        assertThat(board.privateMembers()).containsExactly(new GroupTopicBoard.Member(quiet, "quiet"));
        assertThat(board.stages()).hasSize(4);
        GroupTopicBoard.Topic first = board.stages().get(0).topics().get(0);
        assertThat(first.id()).isEqualTo(topic(0));
        assertThat(first.statuses()).containsExactly(ProgressStatus.IN_PROGRESS, ProgressStatus.IN_PROGRESS);
        assertThat(first.learning()).as("the private member's status is not counted").isEqualTo(2);
        GroupTopicBoard.Topic second = board.stages().get(0).topics().get(1);
        assertThat(second.statuses()).containsExactly(ProgressStatus.NOT_STARTED, ProgressStatus.DONE);
        assertThat(second.learning()).isZero();
        assertThat(board.stages().stream().mapToInt(stage -> stage.topics().size()).sum())
                .isEqualTo(roadmaps.outline(ROADMAP).stages().stream().mapToInt(stage -> stage.topics().size()).sum());
    }

    @Test
    void aMemberKeepingProgressPrivateStillSeesTheirOwnColumn() {
        member("quiet");
        groups.share(groupId, false, true, false);
        roadmaps.changeStatus(topic(0), ProgressStatus.DONE);

        GroupTopicBoard board = progress.topicBoard(groupId, ROADMAP);

        assertThat(board.members()).extracting(GroupTopicBoard.Member::displayName).containsExactly("owner", "quiet");
        assertThat(board.stages().get(0).topics().get(0).statuses())
                .containsExactly(ProgressStatus.NOT_STARTED, ProgressStatus.DONE);
        assertThat(progress.memberShare(groupId, ROADMAP, currentUser.id()).stages())
                .as("their own topics, though the others do not see them").isNotEmpty();
    }

    @Test
    void aMemberSharesTopicsWithStatusAndNotesOnlyWhenTheyChooseTo() {
        long open = member("open");
        roadmaps.changeStatus(topic(0), ProgressStatus.DONE);
        roadmaps.saveNotes(topic(0), "**Closures** at last", roadmaps.currentState(topic(0)).version());
        logIn("owner");

        GroupMemberShare shared = progress.memberShare(groupId, ROADMAP, open);
        assertThat(shared.displayName()).isEqualTo("open");
        assertThat(shared.me()).isFalse();
        assertThat(shared.sharesProgress()).isTrue();
        assertThat(shared.sharesNotes()).isFalse();
        GroupMemberShare.Topic first = shared.stages().get(0).topics().get(0);
        assertThat(first.status()).isEqualTo(ProgressStatus.DONE);
        assertThat(first.notesHtml()).as("notes are private unless shared").isNull();
        assertThat(shared.stages().get(0).topics().get(1).status()).isEqualTo(ProgressStatus.NOT_STARTED);

        logIn("open");
        groups.share(groupId, true, true, true);
        logIn("owner");
        assertThat(progress.memberShare(groupId, ROADMAP, open).stages().get(0).topics().get(0).notesHtml())
                .contains("<strong>Closures</strong> at last");

        logIn("open");
        groups.share(groupId, false, true, true);
        logIn("owner");
        GroupMemberShare notesOnly = progress.memberShare(groupId, ROADMAP, open);
        assertThat(notesOnly.sharesProgress()).isFalse();
        assertThat(notesOnly.stages()).as("only the topic with notes, and without its status").singleElement()
                .satisfies(stage -> assertThat(stage.topics()).singleElement()
                        .satisfies(topic -> assertThat(topic.status()).isNull())
                        .satisfies(topic -> assertThat(topic.notesHtml()).contains("Closures")));

        logIn("open");
        groups.share(groupId, false, true, false);
        logIn("owner");
        GroupMemberShare nothing = progress.memberShare(groupId, ROADMAP, open);
        assertThat(nothing.sharesProgress()).isFalse();
        assertThat(nothing.stages()).as("a member keeping everything private shows nothing").isEmpty();
    }

    @Test
    void someoneOutsideTheGroupSeesNeitherTheBoardNorAnyMember() {
        long open = member("open");
        signUp("outsider");

        assertThatThrownBy(() -> progress.topicBoard(groupId, ROADMAP)).isInstanceOf(NotFoundException.class)
                .hasMessage("Not found: group " + groupId);
        assertThatThrownBy(() -> progress.memberShare(groupId, ROADMAP, open)).isInstanceOf(NotFoundException.class)
                .hasMessage("Not found: group " + groupId);
        logIn("open");
        assertThatThrownBy(() -> progress.topicBoard(groupId, "not-adopted")).isInstanceOf(NotFoundException.class)
                .hasMessage("Not found: group roadmap not-adopted");
    }

    @Test
    void aRemovedMemberLeavesTheBoardAndTheirShareIsGone() {
        long gone = member("gone");
        roadmaps.changeStatus(topic(0), ProgressStatus.IN_PROGRESS);
        logIn("owner");
        groups.removeMember(groupId, gone);

        GroupTopicBoard board = progress.topicBoard(groupId, ROADMAP);
        assertThat(board.members()).extracting(GroupTopicBoard.Member::accountId).containsExactly(ownerId);
        assertThat(board.privateMembers()).isEmpty();
        assertThat(board.stages().get(0).topics().get(0).learning()).isZero();
        assertThatThrownBy(() -> progress.memberShare(groupId, ROADMAP, gone)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void someoneInTwoGroupsSeesEachGroupsOwnMembersOnly() {
        long both = member("both");
        long otherGroup = groups.create("Other", null);
        groups.adoptRoadmap(otherGroup, ROADMAP);
        String otherCode = groups.details(otherGroup).invite().code();
        long stranger = signUp("stranger");
        groups.join(otherCode);
        roadmaps.changeStatus(topic(0), ProgressStatus.IN_PROGRESS);
        logIn("both");

        assertThat(progress.topicBoard(groupId, ROADMAP).members()).extracting(GroupTopicBoard.Member::accountId)
                .containsExactly(ownerId, both);
        assertThat(progress.topicBoard(otherGroup, ROADMAP).members()).extracting(GroupTopicBoard.Member::accountId)
                .containsExactly(both, stranger);
        assertThat(progress.topicBoard(groupId, ROADMAP).stages().get(0).topics().get(0).learning()).isZero();
        assertThatThrownBy(() -> progress.memberShare(groupId, ROADMAP, stranger))
                .as("the other group's member is no member here").isInstanceOf(NotFoundException.class);
        assertThat(progress.memberShare(otherGroup, ROADMAP, stranger).stages()).isNotEmpty();
    }

    @Test
    void theTopicBoardAndAMembersShareTakeTheSameStatementsForTwoOrTwentyMembers() {
        member("m1");
        roadmaps.changeStatus(topic(0), ProgressStatus.IN_PROGRESS);
        logIn("owner");
        statements.reset();
        progress.topicBoard(groupId, ROADMAP);
        int small = statements.count();

        long sharing = 0;
        for (int i = 2; i <= 20; i++) {
            sharing = member("m" + i);
            groups.share(groupId, true, true, true);
            roadmaps.changeStatus(topic(i % 3), ProgressStatus.IN_PROGRESS);
            roadmaps.saveNotes(topic(i % 3), "note " + i, roadmaps.currentState(topic(i % 3)).version());
        }
        logIn("owner");
        statements.reset();
        assertThat(progress.topicBoard(groupId, ROADMAP).members()).hasSize(21);
        assertThat(statements.count()).as(String.join("\n", statements.statements())).isEqualTo(small)
                .isLessThanOrEqualTo(6);
        statements.reset();
        assertThat(progress.memberShare(groupId, ROADMAP, sharing).stages()).isNotEmpty();
        assertThat(statements.count()).as(String.join("\n", statements.statements())).isLessThanOrEqualTo(7);
    }

    /** A new account that joins the group and stays signed in. */
    private long member(String name) {
        long id = signUp(name);
        groups.join(code);
        return id;
    }

    private long signUp(String name) {
        accounts.signUpAndLogIn(name + "@example.com");
        return currentUser.id();
    }

    private void logIn(String name) {
        accounts.logIn(name + "@example.com", AccountFixtures.PASSWORD);
    }

    /** The roadmap's topics in order, across its stages. */
    private long topic(int index) {
        return roadmaps.outline(ROADMAP).stages().stream().flatMap(stage -> stage.topics().stream())
                .map(RoadmapOutline.Topic::id).toList().get(index);
    }
}
