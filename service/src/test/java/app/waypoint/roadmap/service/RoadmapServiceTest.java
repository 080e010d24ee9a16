package app.waypoint.roadmap.service;

import app.waypoint.MutableClock;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.account.service.SignedInAccount;
import app.waypoint.base.domain.LocalizedText;
import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.roadmap.domain.EvidenceLink;
import app.waypoint.roadmap.domain.LearningResource;
import app.waypoint.roadmap.domain.NodeProgress;
import app.waypoint.roadmap.domain.NodeProgressRepository;
import app.waypoint.roadmap.domain.ResourceKind;
import app.waypoint.roadmap.service.PlanProjection.Pace;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static app.waypoint.roadmap.domain.ProgressStatus.DONE;
import static app.waypoint.roadmap.domain.ProgressStatus.IN_PROGRESS;
import static app.waypoint.roadmap.domain.ProgressStatus.NOT_STARTED;
import static app.waypoint.roadmap.domain.ProgressStatus.SKIPPED;
import static app.waypoint.roadmap.service.Outlines.stage;
import static app.waypoint.roadmap.service.Outlines.subtopic;
import static app.waypoint.roadmap.service.Outlines.topic;
import static app.waypoint.roadmap.service.Outlines.topicKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class RoadmapServiceTest {

    private static final String KEY = "ai-backend-2025h2";
    /** 18:00 in Seoul, so the date is the same in UTC and in the account's time zone. */
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Autowired RoadmapService roadmapService;
    @Autowired NodeProgressRepository progressRepository;
    @Autowired AccountFixtures fixtures;
    @Autowired TestDatabase database;
    @Autowired MutableClock clock;

    private long me;

    @BeforeEach
    void signedIn() {
        database.reset();
        clock.set(NOW);
        me = ((SignedInAccount) fixtures.signUpAndLogIn("jiwoo@example.com").getPrincipal()).accountId();
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    // --- outline ---------------------------------------------------------------------------------------------

    @Test
    void theBuiltInOutlineHasTheGuidesFourStagesInOrderWithTheirMonthsAndSixteenTopics() {
        RoadmapOutline outline = roadmapService.outline(KEY);

        assertThat(outline.key()).isEqualTo(KEY);
        assertThat(outline.builtIn()).isTrue();
        assertThat(outline.title()).isEqualTo(
                new LocalizedText("2025년 하반기 AI 백엔드 개발자 로드맵", "AI Backend Developer Roadmap, H2 2025"));
        assertThat(outline.stages()).extracting(RoadmapOutline.Stage::key)
                .containsExactly("foundations", "ai-ml-basics", "practical-skills", "projects-portfolio");
        assertThat(outline.stages()).extracting(RoadmapOutline.Stage::minMonths).containsExactly(2, 3, 4, 3);
        assertThat(outline.stages()).extracting(RoadmapOutline.Stage::maxMonths).containsExactly(3, 4, 5, 4);
        assertThat(outline.stages()).allSatisfy(stage -> assertThat(stage.topics()).hasSize(4));
        assertThat(topicKeys(outline)).hasSize(16).doesNotHaveDuplicates()
                .startsWith("python-core", "data-structures-algorithms", "web-basics", "database-basics",
                        "ml-fundamentals")
                .endsWith("tech-blog-writing", "networking-community");
        assertThat(Outlines.topics(outline).stream().mapToInt(topic -> topic.subtopics().size()).sum()).isEqualTo(60);
        assertThat(outline.progress()).isEqualTo(new Progress(0, 16, 16));
        assertThat(outline.plan()).isNull();
    }

    @Test
    void topicsCarryTheirSubtopicsSkillsAndResourcesInOrder() {
        RoadmapOutline outline = roadmapService.outline(KEY);

        RoadmapOutline.Topic python = topic(outline, "python-core");
        assertThat(python.title().en()).isEqualTo("Python basics and advanced features");
        assertThat(python.description().ko()).startsWith("Python은 AI/ML 개발의 기본 언어");
        assertThat(python.subtopics()).extracting(RoadmapOutline.Subtopic::key)
                .containsExactly("python-syntax-basics", "python-advanced-features", "python-async");
        assertThat(python.skills()).extracting(RoadmapOutline.SkillTag::key).containsExactly("python");
        assertThat(python.state()).isEqualTo(NodeState.UNTOUCHED);

        RoadmapOutline.Topic algorithms = topic(outline, "data-structures-algorithms");
        assertThat(algorithms.skills()).extracting(RoadmapOutline.SkillTag::key)
                .containsExactly("cpp", "data-structures-algorithms", "python");   // sorted by key
        assertThat(algorithms.resources()).containsExactly(
                new LearningResource(ResourceKind.COURSE, "홍정모: C++ 및 컴퓨터 그래픽스", null));
    }

    // --- status ----------------------------------------------------------------------------------------------

    @Test
    void startingATopicRecordsWhenAndFinishingItKeepsThatStart() {
        long topicId = topicId("python-core");

        NodeState started = roadmapService.changeStatus(topicId, IN_PROGRESS);
        assertThat(started.status()).isEqualTo(IN_PROGRESS);
        assertThat(started.startedAt()).isEqualTo(NOW);
        assertThat(started.doneAt()).isNull();

        clock.advance(Duration.ofDays(3));
        NodeState done = roadmapService.changeStatus(topicId, DONE);
        assertThat(done.startedAt()).isEqualTo(NOW);
        assertThat(done.doneAt()).isEqualTo(NOW.plus(Duration.ofDays(3)));

        NodeState seen = topic(roadmapService.outline(KEY), "python-core").state();
        assertThat(seen.status()).isEqualTo(DONE);
        assertThat(seen.startedAt()).isEqualTo(NOW);
        assertThat(seen.doneAt()).isEqualTo(NOW.plus(Duration.ofDays(3)));
    }

    @Test
    void finishingATopicNeverStartedRecordsBothInstantsAtOnce() {
        NodeState done = roadmapService.changeStatus(topicId("web-basics"), DONE);

        assertThat(done.startedAt()).isEqualTo(NOW);
        assertThat(done.doneAt()).isEqualTo(NOW);
    }

    @Test
    void goingBackToNotStartedForgetsBothInstants() {
        long topicId = topicId("python-core");
        roadmapService.changeStatus(topicId, IN_PROGRESS);
        clock.advance(Duration.ofHours(5));
        roadmapService.changeStatus(topicId, DONE);

        NodeState reset = roadmapService.changeStatus(topicId, NOT_STARTED);

        assertThat(reset.status()).isEqualTo(NOT_STARTED);
        assertThat(reset.startedAt()).isNull();
        assertThat(reset.doneAt()).isNull();
        NodeState stored = topic(roadmapService.outline(KEY), "python-core").state();
        assertThat(stored.startedAt()).isNull();
        assertThat(stored.doneAt()).isNull();
    }

    @Test
    void reopeningADoneTopicKeepsItsStartButNotItsFinish() {
        long topicId = topicId("python-core");
        roadmapService.changeStatus(topicId, DONE);
        clock.advance(Duration.ofDays(1));

        NodeState reopened = roadmapService.changeStatus(topicId, IN_PROGRESS);

        assertThat(reopened.startedAt()).isEqualTo(NOW);
        assertThat(reopened.doneAt()).isNull();
    }

    @Test
    void skippedTopicsLeaveTheStagesDenominator() {
        roadmapService.changeStatus(topicId("python-core"), DONE);
        RoadmapOutline oneDone = roadmapService.outline(KEY);
        assertThat(stage(oneDone, "foundations").progress()).isEqualTo(new Progress(1, 4, 4));
        assertThat(stage(oneDone, "foundations").progress().percent()).isEqualTo(25);

        NodeState skipped = roadmapService.changeStatus(topicId("web-basics"), SKIPPED);
        assertThat(skipped.doneAt()).isNull();
        RoadmapOutline oneSkipped = roadmapService.outline(KEY);
        assertThat(stage(oneSkipped, "foundations").progress()).isEqualTo(new Progress(1, 3, 4));
        assertThat(stage(oneSkipped, "foundations").progress().percent()).isEqualTo(33);
        assertThat(oneSkipped.progress()).isEqualTo(new Progress(1, 15, 16));
        assertThat(stage(oneSkipped, "ai-ml-basics").progress()).isEqualTo(new Progress(0, 4, 4));

        roadmapService.changeStatus(topicId("data-structures-algorithms"), SKIPPED);
        roadmapService.changeStatus(topicId("database-basics"), SKIPPED);
        assertThat(stage(roadmapService.outline(KEY), "foundations").progress().percent()).isEqualTo(100);
    }

    @Test
    void aDoneTopicThatIsSkippedIsNoLongerDone() {
        long topicId = topicId("python-core");
        roadmapService.changeStatus(topicId, DONE);

        NodeState skipped = roadmapService.changeStatus(topicId, SKIPPED);

        assertThat(skipped.doneAt()).isNull();
        assertThat(stage(roadmapService.outline(KEY), "foundations").progress()).isEqualTo(new Progress(0, 3, 4));
    }

    @Test
    void subtopicsHaveTheirOwnStatusAndDoNotCountAsTopics() {
        roadmapService.changeStatus(subtopicId("python-async"), DONE);

        RoadmapOutline outline = roadmapService.outline(KEY);
        assertThat(subtopic(outline, "python-async").state().status()).isEqualTo(DONE);
        assertThat(subtopic(outline, "python-syntax-basics").state()).isEqualTo(NodeState.UNTOUCHED);
        assertThat(topic(outline, "python-core").state().status()).isEqualTo(NOT_STARTED);
        assertThat(outline.progress()).isEqualTo(new Progress(0, 16, 16));
    }

    @Test
    void continueIsTheFirstTopicInProgressElseTheFirstNotStarted() {
        assertThat(roadmapService.outline(KEY).continueTopicId()).isEqualTo(topicId("python-core"));

        roadmapService.changeStatus(topicId("python-core"), DONE);
        assertThat(roadmapService.outline(KEY).continueTopicId()).isEqualTo(topicId("data-structures-algorithms"));

        roadmapService.changeStatus(topicId("nlp-basics"), IN_PROGRESS);
        assertThat(roadmapService.outline(KEY).continueTopicId()).isEqualTo(topicId("nlp-basics"));

        roadmapService.changeStatus(topicId("web-basics"), IN_PROGRESS);
        assertThat(roadmapService.outline(KEY).continueTopicId()).isEqualTo(topicId("web-basics"));

        roadmapService.changeStatus(topicId("web-basics"), SKIPPED);
        roadmapService.changeStatus(topicId("nlp-basics"), DONE);
        assertThat(roadmapService.outline(KEY).continueTopicId()).isEqualTo(topicId("data-structures-algorithms"));
    }

    @Test
    void withEveryTopicClosedThereIsNothingToContinue() {
        List<Long> ids = Outlines.topics(roadmapService.outline(KEY)).stream().map(RoadmapOutline.Topic::id).toList();
        for (int i = 0; i < ids.size(); i++) {
            roadmapService.changeStatus(ids.get(i), i % 2 == 0 ? DONE : SKIPPED);
        }

        RoadmapOutline outline = roadmapService.outline(KEY);
        assertThat(outline.continueTopicId()).isNull();
        assertThat(outline.progress()).isEqualTo(new Progress(8, 8, 16));
        assertThat(outline.progress().percent()).isEqualTo(100);
    }

    // --- notes -----------------------------------------------------------------------------------------------

    @Test
    void notesAreSavedAndRenderedFromMarkdown() {
        long topicId = topicId("python-core");

        NodeState saved = roadmapService.saveNotes(topicId, "Generators are **lazy**.\n\n- yield\n- send", -1);

        assertThat(saved.notes()).isEqualTo("Generators are **lazy**.\n\n- yield\n- send");
        assertThat(saved.notesHtml()).contains("<strong>lazy</strong>").contains("<li>yield</li>");
        assertThat(saved.version()).isZero();
        NodeState seen = topic(roadmapService.outline(KEY), "python-core").state();
        assertThat(seen.notes()).isEqualTo(saved.notes());
        assertThat(seen.notesHtml()).isEqualTo(saved.notesHtml());
        assertThat(seen.version()).isEqualTo(saved.version());
        assertThat(seen.status()).isEqualTo(NOT_STARTED);
    }

    @Test
    void scriptsHandlersAndJavascriptLinksInNotesNeverReachTheHtml() {
        String hostile = """
                <script>alert(1)</script>

                [x](javascript:alert(1)) and [ok](https://example.com/ok)

                <img src=x onerror=alert(1)>

                <a href="https://example.com" onclick="alert(2)">click</a>
                """;

        NodeState saved = roadmapService.saveNotes(topicId("python-core"), hostile, -1);

        assertThat(saved.notes()).isEqualTo(hostile);   // stored as written; only the HTML is cleaned
        for (String html : List.of(saved.notesHtml(), topic(roadmapService.outline(KEY), "python-core").state().notesHtml())) {
            Document document = Jsoup.parseBodyFragment(html);
            assertThat(document.select("script, img, iframe, object, embed")).isEmpty();
            for (Element element : document.getAllElements()) {
                assertThat(element.attributes().asList()).extracting(Attribute::getKey)
                        .noneMatch(name -> name.toLowerCase().startsWith("on"));
                assertThat(element.attr("href").toLowerCase()).doesNotContain("javascript");
            }
            assertThat(html.toLowerCase()).doesNotContain("<script").doesNotContain("javascript:alert");
            // the harmless part of the same notes still works
            assertThat(document.select("a[href=\"https://example.com/ok\"]")).hasSize(1);
        }
    }

    @Test
    void notesSavedFromAStaleVersionAreRefusedAndTheStoredNotesStay() {
        long topicId = topicId("python-core");
        NodeState firstTab = roadmapService.saveNotes(topicId, "from the first tab", -1);
        roadmapService.saveNotes(topicId, "first tab, edited", firstTab.version());

        assertThatThrownBy(() -> roadmapService.saveNotes(topicId, "from a stale tab", firstTab.version()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> roadmapService.saveNotes(topicId, "from a tab opened before any save", -1))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(topic(roadmapService.outline(KEY), "python-core").state().notes()).isEqualTo("first tab, edited");
    }

    @Test
    void notesOfTwentyThousandCharactersAreTheLimit() {
        long topicId = topicId("python-core");

        assertThatThrownBy(() -> roadmapService.saveNotes(topicId, "가".repeat(20_001), -1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("notes", "roadmap.notes.too-long")));
        assertThat(progressRepository.findByAccountIdAndNodeId(me, topicId)).isEmpty();

        NodeState saved = roadmapService.saveNotes(topicId, "가".repeat(20_000), -1);
        assertThat(saved.notes()).hasSize(20_000);
    }

    @Test
    void blankNotesAreStoredAsNone() {
        long topicId = topicId("python-core");
        NodeState saved = roadmapService.saveNotes(topicId, "something", -1);

        NodeState cleared = roadmapService.saveNotes(topicId, "   \n ", saved.version());

        assertThat(cleared.notes()).isNull();
        assertThat(cleared.notesHtml()).isEmpty();
    }

    // --- evidence --------------------------------------------------------------------------------------------

    @Test
    void anHttpsLinkIsAcceptedAndListedInOrder() {
        long topicId = topicId("llm-fine-tuning");

        roadmapService.addEvidence(topicId, "https://github.com/jiwoo/rag-demo", "RAG demo");
        NodeState state = roadmapService.addEvidence(topicId, " http://blog.example.com/fine-tuning ", "  ");

        List<EvidenceLink> expected = List.of(new EvidenceLink("https://github.com/jiwoo/rag-demo", "RAG demo"),
                new EvidenceLink("http://blog.example.com/fine-tuning", null));
        assertThat(state.evidence()).isEqualTo(expected);
        assertThat(topic(roadmapService.outline(KEY), "llm-fine-tuning").state().evidence()).isEqualTo(expected);
    }

    @Test
    void onlyAbsoluteWebAddressesAreAcceptedAsEvidence() {
        long topicId = topicId("llm-fine-tuning");

        for (String bad : List.of("javascript:alert(1)", "JavaScript:alert(1)", "ftp://x.org/a", "not a url",
                "https://example.com/" + "a".repeat(10_000), "", "   ", "/relative/path", "https://")) {
            assertThatThrownBy(() -> roadmapService.addEvidence(topicId, bad, "title"))
                    .as(bad.length() > 60 ? bad.substring(0, 60) + "…" : bad)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .containsExactly(new FieldProblem("url", "roadmap.evidence.bad-url")));
        }
        assertThatThrownBy(() -> roadmapService.addEvidence(topicId, null, "title"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(progressRepository.findByAccountIdAndNodeId(me, topicId)).isEmpty();
    }

    @Test
    void theSameLinkTwiceIsADuplicate() {
        long topicId = topicId("llm-fine-tuning");
        roadmapService.addEvidence(topicId, "https://github.com/jiwoo/rag-demo", "RAG demo");

        assertThatThrownBy(() -> roadmapService.addEvidence(topicId, "  https://github.com/jiwoo/rag-demo ", "again"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("url", "roadmap.evidence.duplicate")));
        assertThat(topic(roadmapService.outline(KEY), "llm-fine-tuning").state().evidence()).hasSize(1);
    }

    @Test
    void linkTitlesHaveALimit() {
        long topicId = topicId("llm-fine-tuning");

        assertThatThrownBy(() -> roadmapService.addEvidence(topicId, "https://example.com", "t".repeat(201)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("title", "roadmap.evidence.title-too-long")));
        assertThat(roadmapService.addEvidence(topicId, "https://example.com", "t".repeat(200)).evidence()).hasSize(1);
    }

    @Test
    void aTopicHoldsAtMostTwentyLinks() {
        long topicId = topicId("llm-fine-tuning");
        for (int i = 0; i < NodeProgress.MAX_EVIDENCE_LINKS; i++) {
            roadmapService.addEvidence(topicId, "https://example.com/" + i, null);
        }

        assertThatThrownBy(() -> roadmapService.addEvidence(topicId, "https://example.com/one-more", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("url", "roadmap.evidence.too-many")));
        assertThat(topic(roadmapService.outline(KEY), "llm-fine-tuning").state().evidence()).hasSize(20);
    }

    @Test
    void removingALinkKeepsTheOthersInOrder() {
        long topicId = topicId("llm-fine-tuning");
        roadmapService.addEvidence(topicId, "https://example.com/1", "one");
        roadmapService.addEvidence(topicId, "https://example.com/2", "two");
        roadmapService.addEvidence(topicId, "https://example.com/3", "three");

        NodeState state = roadmapService.removeEvidence(topicId, "https://example.com/1");

        List<EvidenceLink> expected = List.of(new EvidenceLink("https://example.com/2", "two"),
                new EvidenceLink("https://example.com/3", "three"));
        assertThat(state.evidence()).isEqualTo(expected);
        assertThat(topic(roadmapService.outline(KEY), "llm-fine-tuning").state().evidence()).isEqualTo(expected);
        // the removed address can be added again
        assertThat(roadmapService.addEvidence(topicId, "https://example.com/1", "one").evidence()).hasSize(3);
    }

    // --- which nodes take progress ---------------------------------------------------------------------------

    @Test
    void stagesAndUnknownNodesAreNotFound() {
        long stageId = stage(roadmapService.outline(KEY), "foundations").id();

        for (long nodeId : List.of(stageId, -1L, 999_999_999L)) {
            assertNotFound(() -> roadmapService.changeStatus(nodeId, DONE));
            assertNotFound(() -> roadmapService.saveNotes(nodeId, "notes", -1));
            assertNotFound(() -> roadmapService.addEvidence(nodeId, "https://example.com", null));
            assertNotFound(() -> roadmapService.removeEvidence(nodeId, "https://example.com"));
        }
        assertThat(progressRepository.count()).isZero();
    }

    @Test
    void anUnknownRoadmapIsNotFound() {
        assertNotFound(() -> roadmapService.outline("no-such-roadmap"));
        assertNotFound(() -> roadmapService.start("no-such-roadmap"));
        assertNotFound(() -> savePlan("no-such-roadmap", TODAY, 10));
    }

    // --- plan ------------------------------------------------------------------------------------------------

    @Test
    void startingARoadmapPlansItFromTodayAtFifteenHoursAWeek() {
        assertThat(roadmapService.outline(KEY).plan()).isNull();

        roadmapService.start(KEY);

        PlanProjection plan = roadmapService.outline(KEY).plan();
        assertThat(plan.startDate()).isEqualTo(TODAY);
        assertThat(plan.hoursPerWeek()).isEqualTo(RoadmapService.DEFAULT_HOURS_PER_WEEK).isEqualTo(15);
        assertThat(plan.pace()).isEqualTo(Pace.ON_TRACK);
        // 14 months at 20 h/week, scaled by 20/15: 568.17 days
        assertThat(plan.finish()).isEqualTo(TODAY.plusDays(568));
        assertThat(plan.stages()).extracting(PlanProjection.StageFinish::stageKey)
                .containsExactly("foundations", "ai-ml-basics", "practical-skills", "projects-portfolio");
    }

    @Test
    void startingAgainKeepsTheExistingPlan() {
        savePlan(KEY, LocalDate.of(2026, 1, 5), 30);
        clock.advance(Duration.ofDays(10));

        roadmapService.start(KEY);

        PlanProjection plan = roadmapService.outline(KEY).plan();
        assertThat(plan.startDate()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(plan.hoursPerWeek()).isEqualTo(30);
    }

    @Test
    void aPlanNeedsAStartDateAndBetweenOneAndEightyHours() {
        roadmapService.start(KEY);

        assertPlanRefused(null, 10, new FieldProblem("startDate", "roadmap.plan.start-required"));
        assertPlanRefused(TODAY, 0, new FieldProblem("hoursPerWeek", "roadmap.plan.hours-range"));
        assertPlanRefused(TODAY, 81, new FieldProblem("hoursPerWeek", "roadmap.plan.hours-range"));
        assertPlanRefused(TODAY, -5, new FieldProblem("hoursPerWeek", "roadmap.plan.hours-range"));
        assertPlanRefused(TODAY, null, new FieldProblem("hoursPerWeek", "roadmap.plan.hours-range"));

        PlanProjection unchanged = roadmapService.outline(KEY).plan();
        assertThat(unchanged.startDate()).isEqualTo(TODAY);
        assertThat(unchanged.hoursPerWeek()).isEqualTo(15);
    }

    @Test
    void theLimitsOfOneAndEightyHoursAreAccepted() {
        savePlan(KEY, TODAY, 1);
        assertThat(roadmapService.outline(KEY).plan().hoursPerWeek()).isEqualTo(1);

        savePlan(KEY, TODAY, 80);
        assertThat(roadmapService.outline(KEY).plan().hoursPerWeek()).isEqualTo(80);
    }

    @Test
    void savingAPlanChangesTheProjection() {
        savePlan(KEY, TODAY, 20);
        PlanProjection twenty = roadmapService.outline(KEY).plan();
        assertThat(twenty.finish()).isEqualTo(LocalDate.of(2027, 5, 2));   // 426.13 days

        savePlan(KEY, TODAY, 40);
        PlanProjection forty = roadmapService.outline(KEY).plan();
        assertThat(forty.finish()).isEqualTo(LocalDate.of(2026, 10, 1));   // 213.06 days
        assertThat(forty.stages().getFirst().finish()).isEqualTo(TODAY.plusDays(38));
        assertThat(forty.version()).isGreaterThan(twenty.version());

        savePlan(KEY, TODAY.plusMonths(1), 40);
        assertThat(roadmapService.outline(KEY).plan().finish()).isEqualTo(TODAY.plusMonths(1).plusDays(213));
    }

    @Test
    void thePlansPaceFollowsTheProgressMade() {
        savePlan(KEY, TODAY.minusWeeks(8), 20);
        PlanProjection idle = roadmapService.outline(KEY).plan();
        assertThat(idle.pace()).isEqualTo(Pace.BEHIND);
        assertThat(idle.weeksAhead()).isEqualTo(-8);

        for (String key : List.of("python-core", "data-structures-algorithms", "web-basics", "database-basics",
                "ml-fundamentals", "deep-learning")) {
            roadmapService.changeStatus(topicId(key), DONE);
        }
        // the whole first stage (76.09 days) and half of the second (53.27 days) in 56 days
        PlanProjection busy = roadmapService.outline(KEY).plan();
        assertThat(busy.pace()).isEqualTo(Pace.AHEAD);
        assertThat(busy.weeksAhead()).isEqualTo(10);
    }

    @Test
    void aPlanStartingInTheFutureHasNotStartedYet() {
        savePlan(KEY, TODAY.plusDays(1), 20);

        assertThat(roadmapService.outline(KEY).plan().pace()).isEqualTo(Pace.NOT_STARTED_YET);
    }

    // --- the list of roadmaps --------------------------------------------------------------------------------

    @Test
    void theBuiltInRoadmapIsListedWithProgressThatFollowsChanges() {
        RoadmapSummary before = builtInSummary();
        assertThat(before.builtIn()).isTrue();
        assertThat(before.title().en()).isEqualTo("AI Backend Developer Roadmap, H2 2025");
        assertThat(before.stageCount()).isEqualTo(4);
        assertThat(before.progress()).isEqualTo(new Progress(0, 16, 16));
        assertThat(before.started()).isFalse();

        roadmapService.changeStatus(topicId("python-core"), DONE);
        roadmapService.changeStatus(topicId("web-basics"), DONE);
        roadmapService.changeStatus(topicId("deep-learning"), SKIPPED);
        roadmapService.changeStatus(topicId("cloud-services"), IN_PROGRESS);

        RoadmapSummary after = builtInSummary();
        assertThat(after.progress()).isEqualTo(new Progress(2, 15, 16));
        assertThat(after.progress()).isEqualTo(roadmapService.outline(KEY).progress());
        assertThat(after.started()).isTrue();

        roadmapService.changeStatus(topicId("python-core"), NOT_STARTED);
        assertThat(builtInSummary().progress()).isEqualTo(new Progress(1, 15, 16));
    }

    @Test
    void touchingOnlyASubtopicCountsAsStarted() {
        roadmapService.changeStatus(subtopicId("python-async"), IN_PROGRESS);

        RoadmapSummary summary = builtInSummary();
        assertThat(summary.started()).isTrue();
        assertThat(summary.progress()).isEqualTo(new Progress(0, 16, 16));
    }

    private RoadmapSummary builtInSummary() {
        return roadmapService.visibleRoadmaps().stream().filter(summary -> summary.key().equals(KEY)).findFirst()
                .orElseThrow(() -> new AssertionError(KEY + " is not listed"));
    }

    private long topicId(String key) {
        return topic(roadmapService.outline(KEY), key).id();
    }

    private long subtopicId(String key) {
        return subtopic(roadmapService.outline(KEY), key).id();
    }

    private void assertPlanRefused(LocalDate startDate, Integer hoursPerWeek, FieldProblem problem) {
        assertThatThrownBy(() -> savePlan(KEY, startDate, hoursPerWeek))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(problem));
    }

    private static void assertNotFound(Executable call) {
        assertThatThrownBy(call::execute).isInstanceOf(NotFoundException.class);
    }

    /** Saves a plan the way a screen does: from the version it last showed. */
    private void savePlan(String key, LocalDate startDate, Integer hoursPerWeek) {
        PlanProjection shown = key.equals(KEY) ? roadmapService.outline(KEY).plan() : null;
        roadmapService.savePlan(key, startDate, hoursPerWeek, shown == null ? -1 : shown.version());
    }

    @Test
    void aPlanSavedFromAStaleTabIsRefusedAndChangesNothing() {
        savePlan(KEY, TODAY, 10);
        long staleVersion = roadmapService.outline(KEY).plan().version();
        savePlan(KEY, TODAY, 25);

        assertThatThrownBy(() -> roadmapService.savePlan(KEY, TODAY, 5, staleVersion))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(roadmapService.outline(KEY).plan().hoursPerWeek()).isEqualTo(25);
    }

    @Test
    void settingAnUntouchedTopicToNotStartedStoresNothing() {
        long topic = roadmapService.outline(KEY).stages().get(0).topics().get(0).id();

        roadmapService.changeStatus(topic, NOT_STARTED);
        roadmapService.removeEvidence(topic, "https://example.com");

        assertThat(roadmapService.visibleRoadmaps()).filteredOn(summary -> summary.key().equals(KEY))
                .extracting(RoadmapSummary::started).containsExactly(false);
    }
}
