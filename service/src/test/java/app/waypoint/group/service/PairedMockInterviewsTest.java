package app.waypoint.group.service;

import app.waypoint.MutableClock;
import app.waypoint.StatementCounter;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.interview.domain.MockInterviewKind;
import app.waypoint.interview.service.MockInterviewDraft;
import app.waypoint.interview.service.MockInterviewService;
import app.waypoint.interview.service.MockInterviewView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A mock interview held in a group's weekly pairing: logged by one partner, seen by the others, who each add
 * feedback; the pairs tab counts it as held. Outsiders, a removed member and another group's members see nothing.
 */
@SpringBootTest
class PairedMockInterviewsTest {

    static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 4);

    @Autowired GroupService groups;
    @Autowired PairingService pairing;
    @Autowired MockInterviewService mocks;
    @Autowired AccountFixtures accounts;
    @Autowired CurrentUser currentUser;
    @Autowired TestDatabase database;
    @Autowired MutableClock clock;
    @Autowired StatementCounter statements;

    private final Map<String, Authentication> people = new HashMap<>();
    private final Map<String, Long> ids = new HashMap<>();
    private long groupId;
    private String code;

    @BeforeEach
    void aPairedGroupOfTwo() {
        database.reset();
        clock.set(Instant.parse("2026-03-04T03:00:00Z")); // a Wednesday noon in Seoul
        people.clear();
        person("lead");
        groupId = groups.create("Study", null);
        code = groups.details(groupId).invite().code();
        person("kim");
        groups.join(code);
        as("lead");
        pairing.draw(groupId);
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    @Test
    void thePartnerSeesTheInterviewEachAddsFeedbackAndThePairCountsAsHeld() {
        as("kim");
        long pair = myPairId();
        assertThat(mocks.partnersIn(pair)).contains("lead");
        long interview = mocks.log(new MockInterviewDraft(WEDNESDAY, MockInterviewKind.SYSTEM_DESIGN, " ",
                "RAG 파이프라인 설계", 3, List.of("캐시 무효화"), pair));
        mocks.giveFeedback(interview, "설명이 길었다. 결론부터 말하기", null);

        as("lead");
        MockInterviewView seen = mocks.mockInterviews().getFirst();
        assertThat(seen.loggedBy()).isEqualTo("kim");
        assertThat(seen.mine()).isFalse();
        assertThat(seen.partner()).as("a partner sees whom they held it with").isEqualTo("kim");
        assertThat(seen.questions()).isEqualTo("RAG 파이프라인 설계");
        assertThat(seen.followUps()).as("follow-ups are the owner's to work on").isEmpty();
        assertThat(seen.feedback()).singleElement().satisfies(one -> {
            assertThat(one.author()).isEqualTo("kim");
            assertThat(one.mine()).isFalse();
        });
        mocks.giveFeedback(interview, "  트레이드오프 설명이 좋았음 ", null);

        PairingView week = pairing.thisWeek(groupId);
        assertThat(week.pairs()).singleElement().satisfies(held -> {
            assertThat(held.held()).isTrue();
            assertThat(held.heldOn()).isEqualTo(WEDNESDAY);
        });

        as("kim");
        MockInterviewView own = mocks.mockInterviews().getFirst();
        assertThat(own.mine()).isTrue();
        assertThat(own.partner()).isEqualTo("lead");
        assertThat(own.followUps()).extracting(MockInterviewView.FollowUp::text).containsExactly("캐시 무효화");
        assertThat(own.feedback()).extracting(MockInterviewView.Feedback::author, MockInterviewView.Feedback::text,
                MockInterviewView.Feedback::mine).containsExactly(
                org.assertj.core.groups.Tuple.tuple("kim", "설명이 길었다. 결론부터 말하기", true),
                org.assertj.core.groups.Tuple.tuple("lead", "트레이드오프 설명이 좋았음", false));
    }

    @Test
    void feedbackIsRewrittenInPlaceAndASecondTabIsRefused() {
        as("kim");
        long interview = mocks.log(new MockInterviewDraft(WEDNESDAY, MockInterviewKind.CODING, null, null, 4,
                List.of(), myPairId()));
        as("lead");
        mocks.giveFeedback(interview, "first", null);
        long seenVersion = mocks.mockInterviews().getFirst().myFeedback().orElseThrow().version();

        assertThatThrownBy(() -> mocks.giveFeedback(interview, "from a tab that saw none", null))
                .isInstanceOf(ConcurrentEditException.class);
        mocks.giveFeedback(interview, "second", seenVersion);
        assertThatThrownBy(() -> mocks.giveFeedback(interview, "from a stale tab", seenVersion))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(mocks.mockInterviews().getFirst().feedback()).singleElement()
                .extracting(MockInterviewView.Feedback::text).isEqualTo("second");
    }

    @Test
    void blankOrOverlongFeedbackIsRefusedAtItsField() {
        as("kim");
        long interview = mocks.log(new MockInterviewDraft(WEDNESDAY, MockInterviewKind.CODING, null, null, 4,
                List.of(), myPairId()));
        for (String bad : List.of("   ", "가".repeat(2001))) {
            assertThatThrownBy(() -> mocks.giveFeedback(interview, bad, null))
                    .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                            .extracting(FieldProblem::field).containsExactly("feedback"));
        }
        assertThat(mocks.mockInterviews().getFirst().feedback()).isEmpty();
    }

    @Test
    void anInterviewLoggedOnItsOwnTakesNoFeedback() {
        as("kim");
        long alone = mocks.log(new MockInterviewDraft(WEDNESDAY, MockInterviewKind.CODING, "friend", null, 4,
                List.of()));
        assertThatThrownBy(() -> mocks.giveFeedback(alone, "nice", null)).isInstanceOf(NotFoundException.class);
        assertThat(mocks.mockInterviews().getFirst().fromPairing()).isFalse();
        as("lead");
        assertThat(mocks.mockInterviews()).as("an interview logged on its own stays its owner's").isEmpty();
    }

    @Test
    void anOutsiderAndAMemberOfAnotherGroupCannotUseThePairing() {
        as("kim");
        long pair = myPairId();
        long interview = mocks.log(new MockInterviewDraft(WEDNESDAY, MockInterviewKind.CODING, null, null, 4,
                List.of(), pair));

        person("park"); // in another group of their own, with lead in it too
        long other = groups.create("Other", null);
        String otherCode = groups.details(other).invite().code();
        as("lead");
        groups.join(otherCode);
        as("park");
        pairing.draw(other);

        assertThat(mocks.partnersIn(pair)).isEmpty();
        assertThatThrownBy(() -> mocks.log(new MockInterviewDraft(WEDNESDAY, MockInterviewKind.CODING, null, null, 3,
                List.of(), pair))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> mocks.giveFeedback(interview, "peeking", null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> mocks.delete(interview)).isInstanceOf(NotFoundException.class);
        assertThat(mocks.mockInterviews()).isEmpty();

        as("lead");
        assertThat(mocks.mockInterviews()).as("lead is in both groups and sees the first group's interview once")
                .singleElement().extracting(MockInterviewView::id).isEqualTo(interview);
        assertThatThrownBy(() -> mocks.delete(interview)).as("a partner does not delete it")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRemovedMemberNoLongerSeesTheirPartnersInterviewButKeepsTheirOwn() {
        as("lead");
        long pair = myPairId();
        long leads = mocks.log(new MockInterviewDraft(WEDNESDAY, MockInterviewKind.PROJECT, null, null, 4,
                List.of(), pair));
        as("kim");
        long kims = mocks.log(new MockInterviewDraft(WEDNESDAY, MockInterviewKind.CODING, null, null, 2,
                List.of(), pair));
        mocks.giveFeedback(leads, "kim's feedback", null);

        as("lead");
        groups.removeMember(groupId, ids.get("kim"));
        as("kim");
        assertThat(mocks.mockInterviews()).extracting(MockInterviewView::id).containsExactly(kims);
        assertThatThrownBy(() -> mocks.giveFeedback(leads, "again", 0L)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> mocks.log(new MockInterviewDraft(WEDNESDAY, MockInterviewKind.CODING, null, null, 3,
                List.of(), pair))).isInstanceOf(NotFoundException.class);

        as("lead");
        assertThat(mocks.mockInterviews()).as("the group's side keeps what the removed member wrote")
                .extracting(MockInterviewView::id).containsExactly(kims, leads);
    }

    @Test
    void aRedrawKeepsThePairThatHeldItsInterviewAndDrawsTheRest() {
        for (String name : List.of("c", "d", "e")) {
            person(name);
            groups.join(code);
        }
        as("lead");
        pairing.draw(groupId);
        long kept = myPairId();
        List<String> keptNames = pairing.thisWeek(groupId).myPair().orElseThrow().names();
        mocks.log(new MockInterviewDraft(WEDNESDAY, MockInterviewKind.CODING, null, null, 3, List.of(), kept));

        pairing.draw(groupId);
        PairingView after = pairing.thisWeek(groupId);
        assertThat(after.myPair().orElseThrow().id()).isEqualTo(kept);
        assertThat(after.myPair().orElseThrow().names()).isEqualTo(keptNames);
        assertThat(after.pairs().stream().mapToInt(pair -> pair.names().size()).sum())
                .as("everyone is in a pair or trio").isEqualTo(5);
        assertThat(after.unpaired()).isEmpty();

        person("late");
        groups.join(code);
        assertThat(pairing.thisWeek(groupId).unpaired()).as("who joined after the draw is said so")
                .containsExactly("late");
        assertThat(pairing.thisWeek(groupId).myPair()).isEmpty();
    }

    @Test
    void aPartnersLogTakesTheSameStatementsForOneOrTenSharedInterviews() {
        as("kim");
        long pair = myPairId();
        mocks.giveFeedback(mocks.log(new MockInterviewDraft(WEDNESDAY, MockInterviewKind.CODING, null, null, 3,
                List.of("a"), pair)), "one", null);
        as("lead");
        statements.reset();
        assertThat(mocks.mockInterviews()).hasSize(1);
        int one = statements.count();
        as("kim");
        for (int i = 1; i < 10; i++) {
            mocks.giveFeedback(mocks.log(new MockInterviewDraft(WEDNESDAY.minusDays(i), MockInterviewKind.PROJECT,
                    null, null, 3, List.of("x" + i), pair)), "more " + i, null);
        }
        as("lead");
        statements.reset();
        assertThat(mocks.mockInterviews()).hasSize(10);
        assertThat(statements.count()).isEqualTo(one).isLessThanOrEqualTo(5);
    }

    private long myPairId() {
        return pairing.thisWeek(groupId).myPair().orElseThrow().id();
    }

    private void person(String name) {
        people.put(name, accounts.signUpAndLogIn(name + "@example.com"));
        ids.put(name, currentUser.id());
    }

    private void as(String name) {
        SecurityContextHolder.getContext().setAuthentication(people.get(name));
    }
}
