package app.waypoint.roadmap.service;

import app.waypoint.MutableClock;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.account.service.SignedInAccount;
import app.waypoint.base.domain.LocalizedText;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.roadmap.domain.EvidenceLink;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static app.waypoint.roadmap.domain.ProgressStatus.DONE;
import static app.waypoint.roadmap.domain.ProgressStatus.IN_PROGRESS;
import static app.waypoint.roadmap.domain.ProgressStatus.NOT_STARTED;
import static app.waypoint.roadmap.domain.ProgressStatus.SKIPPED;
import static app.waypoint.roadmap.service.Outlines.subtopic;
import static app.waypoint.roadmap.service.Outlines.topic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each person sees their own progress only, and someone else's roadmap does not exist for them. */
@SpringBootTest
class RoadmapAccessTest {

    private static final String BUILT_IN = "ai-backend-2025h2";
    private static final String PRIVATE = "a-private";
    private static final String A = "ari@example.com";
    private static final String B = "bora@example.com";

    @Autowired RoadmapService roadmapService;
    @Autowired CustomRoadmaps customRoadmaps;
    @Autowired AccountFixtures fixtures;
    @Autowired TestDatabase database;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    private long aTopic;
    private long aOtherTopic;
    private long aSubtopic;

    @BeforeEach
    void aWorksOnTheBuiltInAndOnAPrivateRoadmap() {
        database.reset();
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        fixtures.signUp(B, "Bora");
        long a = ((SignedInAccount) fixtures.signUpAndLogIn(A).getPrincipal()).accountId();

        RoadmapOutline builtIn = roadmapService.outline(BUILT_IN);
        NodeState pythonDone = roadmapService.changeStatus(topic(builtIn, "python-core").id(), DONE);
        roadmapService.changeStatus(topic(builtIn, "web-basics").id(), IN_PROGRESS);
        roadmapService.changeStatus(topic(builtIn, "deep-learning").id(), SKIPPED);
        roadmapService.saveNotes(topic(builtIn, "python-core").id(), "A's **private** thoughts", pythonDone.version());
        roadmapService.addEvidence(topic(builtIn, "web-basics").id(), "https://github.com/ari/api", "A's API");
        roadmapService.start(BUILT_IN);

        customRoadmaps.create(a, privateDocument());
        RoadmapOutline own = roadmapService.outline(PRIVATE);
        aTopic = topic(own, "a-topic").id();
        aOtherTopic = topic(own, "a-other-topic").id();
        aSubtopic = subtopic(own, "a-subtopic").id();
        NodeState done = roadmapService.changeStatus(aTopic, DONE);
        roadmapService.saveNotes(aTopic, "notes on my own roadmap", done.version());
        roadmapService.addEvidence(aTopic, "https://github.com/ari/own", null);
        roadmapService.start(PRIVATE);
        AccountFixtures.logOut();
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    @Test
    void theOwnerSeesTheirOwnWorkOnBothRoadmaps() {
        fixtures.logIn(A, AccountFixtures.PASSWORD);

        RoadmapOutline builtIn = roadmapService.outline(BUILT_IN);
        assertThat(topic(builtIn, "python-core").state().status()).isEqualTo(DONE);
        assertThat(topic(builtIn, "python-core").state().notes()).isEqualTo("A's **private** thoughts");
        assertThat(builtIn.plan()).isNotNull();
        RoadmapOutline own = roadmapService.outline(PRIVATE);
        assertThat(own.builtIn()).isFalse();
        assertThat(topic(own, "a-topic").state().notes()).isEqualTo("notes on my own roadmap");
        assertThat(roadmapService.visibleRoadmaps()).extracting(RoadmapSummary::key).contains(BUILT_IN, PRIVATE);
    }

    @Test
    void anotherPersonSeesTheirOwnUntouchedStateOnTheSameBuiltInRoadmap() {
        fixtures.logIn(B, AccountFixtures.PASSWORD);

        RoadmapOutline outline = roadmapService.outline(BUILT_IN);

        assertThat(Outlines.topics(outline)).allSatisfy(topic -> assertThat(topic.state()).isEqualTo(NodeState.UNTOUCHED));
        assertThat(outline.progress()).isEqualTo(new Progress(0, 16, 16));
        assertThat(outline.plan()).isNull();
        assertThat(outline.continueTopicId()).isEqualTo(topic(outline, "python-core").id());
        RoadmapSummary summary = roadmapService.visibleRoadmaps().stream()
                .filter(candidate -> candidate.key().equals(BUILT_IN)).findFirst().orElseThrow();
        assertThat(summary.progress()).isEqualTo(new Progress(0, 16, 16));
        assertThat(summary.started()).isFalse();
    }

    @Test
    void twoPeopleWorkingOnTheSameTopicNeverSeeEachOthersWork() {
        fixtures.logIn(B, AccountFixtures.PASSWORD);
        long pythonCore = topic(roadmapService.outline(BUILT_IN), "python-core").id();
        NodeState bState = roadmapService.changeStatus(pythonCore, SKIPPED);
        // B's first save is B's own first version, whatever A saved on the same topic
        assertThat(bState.version()).isZero();
        roadmapService.saveNotes(pythonCore, "B's notes", bState.version());
        roadmapService.addEvidence(pythonCore, "https://github.com/bora/python", null);
        AccountFixtures.logOut();

        fixtures.logIn(A, AccountFixtures.PASSWORD);
        NodeState aState = topic(roadmapService.outline(BUILT_IN), "python-core").state();
        assertThat(aState.status()).isEqualTo(DONE);
        assertThat(aState.notes()).isEqualTo("A's **private** thoughts");
        assertThat(aState.evidence()).isEmpty();
        AccountFixtures.logOut();

        fixtures.logIn(B, AccountFixtures.PASSWORD);
        NodeState again = topic(roadmapService.outline(BUILT_IN), "python-core").state();
        assertThat(again.status()).isEqualTo(SKIPPED);
        assertThat(again.notes()).isEqualTo("B's notes");
        assertThat(again.evidence()).containsExactly(new EvidenceLink("https://github.com/bora/python", null));
    }

    @Test
    void someoneElsesRoadmapDoesNotExistForAnotherPerson() {
        fixtures.logIn(B, AccountFixtures.PASSWORD);

        assertNotFound(() -> roadmapService.outline(PRIVATE));
        assertNotFound(() -> roadmapService.start(PRIVATE));
        assertNotFound(() -> roadmapService.savePlan(PRIVATE, LocalDate.of(2026, 3, 2), 10, -1));
        assertThat(roadmapService.visibleRoadmaps()).extracting(RoadmapSummary::key)
                .contains(BUILT_IN).doesNotContain(PRIVATE);
    }

    @Test
    void nodesOfSomeoneElsesRoadmapCannotBeChangedAndNothingIsStored() {
        List<Map<String, Object>> before = snapshot();
        fixtures.logIn(B, AccountFixtures.PASSWORD);

        for (long nodeId : List.of(aTopic, aOtherTopic, aSubtopic)) {
            assertNotFound(() -> roadmapService.changeStatus(nodeId, NOT_STARTED));
            assertNotFound(() -> roadmapService.changeStatus(nodeId, DONE));
            assertNotFound(() -> roadmapService.saveNotes(nodeId, "B was here", -1));
            assertNotFound(() -> roadmapService.saveNotes(nodeId, "B was here", 1));
            assertNotFound(() -> roadmapService.addEvidence(nodeId, "https://evil.example.com", "B"));
            assertNotFound(() -> roadmapService.removeEvidence(nodeId, "https://github.com/ari/own"));
        }

        assertThat(snapshot()).isEqualTo(before);
        AccountFixtures.logOut();
        fixtures.logIn(A, AccountFixtures.PASSWORD);
        NodeState aState = topic(roadmapService.outline(PRIVATE), "a-topic").state();
        assertThat(aState.status()).isEqualTo(DONE);
        assertThat(aState.notes()).isEqualTo("notes on my own roadmap");
        assertThat(aState.evidence()).containsExactly(new EvidenceLink("https://github.com/ari/own", null));
    }

    @Test
    void anonymousCallersAreTurnedAway() {
        List<Map<String, Object>> before = snapshot();

        assertAnonymous(() -> roadmapService.outline(BUILT_IN));
        assertAnonymous(() -> roadmapService.visibleRoadmaps());
        assertAnonymous(() -> roadmapService.changeStatus(aTopic, DONE));
        assertAnonymous(() -> roadmapService.saveNotes(aTopic, "anonymous", 1));
        assertAnonymous(() -> roadmapService.addEvidence(aTopic, "https://example.com", null));
        assertAnonymous(() -> roadmapService.removeEvidence(aTopic, "https://github.com/ari/own"));
        assertAnonymous(() -> roadmapService.start(BUILT_IN));
        assertAnonymous(() -> roadmapService.savePlan(BUILT_IN, LocalDate.of(2026, 3, 2), 10, -1));

        assertThat(snapshot()).isEqualTo(before);
    }

    /** Every person's stored roadmap work, in a fixed order. */
    private List<Map<String, Object>> snapshot() {
        return jdbc.queryForList("""
                select 'progress' as what, p.account_id, p.node_id, p.status, p.started_at, p.done_at, p.notes,
                       p.version, (select string_agg(e.url, ' ' order by e.position) from evidence_link e
                                   where e.progress_id = p.id) as detail
                from node_progress p
                union all
                select 'plan', account_id, roadmap_id, null, null, null, cast(start_date as text), version,
                       cast(hours_per_week as text)
                from roadmap_plan
                order by 1, 2, 3""");
    }

    private static RoadmapDocument privateDocument() {
        return new RoadmapDocument(PRIVATE, 1, text("A의 로드맵", "A's roadmap"), null, List.of(
                new RoadmapDocument.Stage("a-stage", text("단계", "Stage"), new RoadmapDocument.Months(1, 2), List.of(
                        new RoadmapDocument.Topic("a-topic", text("주제", "Topic"), null, List.of("python"),
                                List.of(new RoadmapDocument.Subtopic("a-subtopic", text("하위", "Sub-topic"))),
                                List.of(new RoadmapDocument.Resource("link", "Docs", "https://docs.python.org"))),
                        new RoadmapDocument.Topic("a-other-topic", text("다른 주제", "Other topic"), null, null, null,
                                null)))));
    }

    private static LocalizedText text(String ko, String en) {
        return new LocalizedText(ko, en);
    }

    private static void assertNotFound(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(NotFoundException.class);
    }

    private static void assertAnonymous(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
