package app.waypoint.roadmap.service;

import app.waypoint.MutableClock;
import app.waypoint.StatementCounter;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.account.service.SignedInAccount;
import app.waypoint.roadmap.domain.ProgressStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static app.waypoint.roadmap.domain.ProgressStatus.DONE;
import static app.waypoint.roadmap.domain.ProgressStatus.IN_PROGRESS;
import static app.waypoint.roadmap.domain.ProgressStatus.SKIPPED;
import static app.waypoint.roadmap.service.Outlines.subtopic;
import static app.waypoint.roadmap.service.Outlines.topic;
import static org.assertj.core.api.Assertions.assertThat;

/** The roadmap views load in a fixed number of SQL statements, however big the roadmap or the list. */
@SpringBootTest
class StatementCountTest {

    private static final String BUILT_IN = "ai-backend-2025h2";
    private static final int OUTLINE_BUDGET = 12;
    private static final int LIST_BUDGET = 5;

    @Autowired StatementCounter statements;
    @Autowired RoadmapService roadmapService;
    @Autowired CustomRoadmaps customRoadmaps;
    @Autowired AccountFixtures fixtures;
    @Autowired TestDatabase database;
    @Autowired MutableClock clock;

    private long me;

    @BeforeEach
    void signedIn() {
        database.reset();
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        me = ((SignedInAccount) fixtures.signUpAndLogIn("counted@example.com").getPrincipal()).accountId();
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    @Test
    void aBigRoadmapWithMuchProgressLoadsInAsManyStatementsAsTheBuiltInOne() {
        RoadmapOutline builtIn = roadmapService.outline(BUILT_IN);
        roadmapService.changeStatus(topic(builtIn, "python-core").id(), DONE);
        roadmapService.changeStatus(topic(builtIn, "web-basics").id(), IN_PROGRESS);
        roadmapService.changeStatus(subtopic(builtIn, "python-async").id(), DONE);
        roadmapService.saveNotes(topic(builtIn, "deep-learning").id(), "some **notes**", -1);
        roadmapService.addEvidence(topic(builtIn, "web-basics").id(), "https://github.com/counted/api", null);
        roadmapService.start(BUILT_IN);

        customRoadmaps.create(me, CustomRoadmaps.generated("big", 4, 40, 3));
        RoadmapOutline big = roadmapService.outline("big");
        List<RoadmapOutline.Topic> topics = Outlines.topics(big);
        assertThat(topics).hasSize(160);
        for (int i = 0; i < topics.size(); i++) {
            RoadmapOutline.Topic topic = topics.get(i);
            NodeState state = roadmapService.changeStatus(topic.id(), List.of(DONE, IN_PROGRESS, SKIPPED).get(i % 3));
            if (i % 4 == 0) {
                roadmapService.saveNotes(topic.id(), "notes on **" + topic.key() + "**", state.version());
            }
            if (i % 8 == 0) {
                roadmapService.addEvidence(topic.id(), "https://example.com/" + topic.key() + "/1", "one");
                roadmapService.addEvidence(topic.id(), "https://example.com/" + topic.key() + "/2", null);
            }
            if (i < 40) {
                topic.subtopics().forEach(subtopic -> roadmapService.changeStatus(subtopic.id(), DONE));
            }
        }
        roadmapService.start("big");

        int forBuiltIn = statementsFor(() -> roadmapService.outline(BUILT_IN));
        List<String> builtInSql = statements.statements();
        AtomicReference<RoadmapOutline> loaded = new AtomicReference<>();
        int forBig = statementsFor(() -> loaded.updateAndGet(previous -> roadmapService.outline("big")));

        // what was counted really is the big roadmap with all that progress
        assertThat(loaded.get().progress()).isEqualTo(new Progress(54, 107, 160));
        assertThat(Outlines.topics(loaded.get())).flatExtracting(RoadmapOutline.Topic::subtopics).hasSize(480);
        assertThat(Outlines.topics(loaded.get()).stream().mapToInt(topic -> topic.state().evidence().size()).sum())
                .isEqualTo(40);
        assertThat(loaded.get().plan()).isNotNull();

        assertThat(forBig).as("statements for the big roadmap: %s%nfor the built-in one: %s", statements.statements(),
                builtInSql).isEqualTo(forBuiltIn);
        assertThat(forBuiltIn).as("%s", builtInSql).isPositive().isLessThanOrEqualTo(OUTLINE_BUDGET);
    }

    @Test
    void theListOfRoadmapsLoadsInAsManyStatementsForFiveOwnRoadmapsAsForOne() {
        addOwnRoadmapWithProgress("own-1");
        AtomicReference<List<RoadmapSummary>> listed = new AtomicReference<>();
        int forOne = statementsFor(() -> listed.updateAndGet(previous -> roadmapService.visibleRoadmaps()));
        List<String> oneSql = statements.statements();
        assertThat(listed.get()).extracting(RoadmapSummary::key).contains(BUILT_IN, "own-1").hasSize(2);

        for (int i = 2; i <= 5; i++) {
            addOwnRoadmapWithProgress("own-" + i);
        }
        int forFive = statementsFor(() -> listed.updateAndGet(previous -> roadmapService.visibleRoadmaps()));

        assertThat(listed.get()).extracting(RoadmapSummary::key)
                .containsExactly(BUILT_IN, "own-1", "own-2", "own-3", "own-4", "own-5");
        assertThat(listed.get()).filteredOn(summary -> !summary.builtIn()).allSatisfy(summary -> {
            assertThat(summary.progress()).isEqualTo(new Progress(4, 8, 10));
            assertThat(summary.started()).isTrue();
        });
        assertThat(forFive).as("statements for five: %s%nfor one: %s", statements.statements(), oneSql)
                .isEqualTo(forOne);
        assertThat(forOne).as("%s", oneSql).isPositive().isLessThanOrEqualTo(LIST_BUDGET);
    }

    /** Two stages of five topics: four done, two skipped, two in progress, two not started. */
    private void addOwnRoadmapWithProgress(String key) {
        customRoadmaps.create(me, CustomRoadmaps.generated(key, 2, 5, 2));
        List<RoadmapOutline.Topic> topics = Outlines.topics(roadmapService.outline(key));
        List<ProgressStatus> statuses = List.of(DONE, DONE, SKIPPED, IN_PROGRESS, ProgressStatus.NOT_STARTED);
        for (int i = 0; i < topics.size(); i++) {
            roadmapService.changeStatus(topics.get(i).id(), statuses.get(i % statuses.size()));
        }
        roadmapService.saveNotes(topics.getFirst().id(), "notes", 0);
    }

    private int statementsFor(Supplier<?> call) {
        statements.reset();
        call.get();
        return statements.count();
    }
}
