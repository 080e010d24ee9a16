package app.waypoint.roadmap.service;

import app.waypoint.MutableClock;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.account.service.SignedInAccount;
import app.waypoint.base.domain.LocalizedText;
import app.waypoint.base.service.ContentFormat;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.roadmap.domain.EvidenceLink;
import app.waypoint.roadmap.domain.NodeProgress;
import app.waypoint.roadmap.domain.NodeProgressRepository;
import app.waypoint.roadmap.domain.RoadmapRepository;
import app.waypoint.skill.domain.Skill;
import app.waypoint.skill.domain.SkillRepository;
import app.waypoint.skill.service.SkillService;
import app.waypoint.skill.service.SkillStanding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static app.waypoint.roadmap.domain.ProgressStatus.DONE;
import static app.waypoint.roadmap.domain.ProgressStatus.IN_PROGRESS;
import static app.waypoint.roadmap.domain.ProgressStatus.NOT_STARTED;
import static app.waypoint.roadmap.service.Outlines.stage;
import static app.waypoint.roadmap.service.Outlines.subtopic;
import static app.waypoint.roadmap.service.Outlines.topic;
import static app.waypoint.roadmap.service.Outlines.topicKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Built-in content is updated in place: nodes are found again by key, so people's statuses, notes and
 * evidence stay on them through renames and moves, and survive a removal to come back with the key.
 */
@SpringBootTest
class ContentReloadTest {

    private static final String KEY = "reload-test";
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Autowired BuiltInContent builtInContent;
    @Autowired RoadmapService roadmapService;
    @Autowired SkillService skillService;
    @Autowired NodeProgressRepository progressRepository;
    @Autowired RoadmapRepository roadmapRepository;
    @Autowired SkillRepository skillRepository;
    @Autowired AccountFixtures fixtures;
    @Autowired TestDatabase database;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    private long me;

    @BeforeEach
    void signedIn() {
        removeTestRoadmap();
        database.reset();
        clock.set(NOW);
        me = ((SignedInAccount) fixtures.signUpAndLogIn("reload@example.com").getPrincipal()).accountId();
    }

    @AfterEach
    void cleanUp() {
        AccountFixtures.logOut();
        removeTestRoadmap();   // a built-in roadmap would be listed for everyone in the other test classes
    }

    @Test
    void anUpdateKeepsStatusesNotesAndEvidenceOnTheTopicsItKeeps() {
        load("reload-v1.yaml");
        RoadmapOutline v1 = roadmapService.outline(KEY);
        assertThat(v1.title().en()).isEqualTo("Reload test");
        assertThat(topicKeys(v1)).containsExactly("kept", "moved", "removed", "untouched");
        long kept = topic(v1, "kept").id();
        long moved = topic(v1, "moved").id();
        long removed = topic(v1, "removed").id();
        long untouched = topic(v1, "untouched").id();
        long keptSub = subtopic(v1, "kept-sub").id();

        NodeState keptDone = roadmapService.changeStatus(kept, DONE);
        NodeState movedStarted = roadmapService.changeStatus(moved, IN_PROGRESS);
        NodeState removedDone = roadmapService.changeStatus(removed, DONE);
        roadmapService.changeStatus(keptSub, DONE);
        roadmapService.saveNotes(kept, "notes on kept", keptDone.version());
        NodeState movedBefore = roadmapService.saveNotes(moved, "notes on moved", movedStarted.version());
        roadmapService.saveNotes(removed, "notes on removed", removedDone.version());
        NodeState untouchedNotes = roadmapService.saveNotes(untouched, "notes on untouched", -1);
        NodeState keptBefore = roadmapService.addEvidence(kept, "https://example.com/kept", "proof");
        clock.advance(Duration.ofDays(30));

        load("reload-v2.yaml");

        RoadmapOutline v2 = roadmapService.outline(KEY);
        assertThat(v2.title().en()).isEqualTo("Reload test, second edition");
        assertThat(stage(v2, "first").topics()).extracting(RoadmapOutline.Topic::key).containsExactly("added", "kept");
        assertThat(stage(v2, "second").topics()).extracting(RoadmapOutline.Topic::key)
                .containsExactly("untouched", "moved");

        RoadmapOutline.Topic keptNow = topic(v2, "kept");
        assertThat(keptNow.id()).isEqualTo(kept);
        assertThat(keptNow.title()).isEqualTo(new LocalizedText("이름이 바뀐 주제", "Topic with a new name"));
        assertThat(keptNow.state()).isEqualTo(keptBefore);
        assertThat(keptNow.state().startedAt()).isEqualTo(NOW);
        assertThat(keptNow.state().notes()).isEqualTo("notes on kept");
        assertThat(keptNow.state().evidence()).containsExactly(new EvidenceLink("https://example.com/kept", "proof"));
        assertThat(subtopic(v2, "kept-sub").id()).isEqualTo(keptSub);
        assertThat(subtopic(v2, "kept-sub").state().status()).isEqualTo(DONE);

        RoadmapOutline.Topic movedNow = topic(v2, "moved");
        assertThat(movedNow.id()).isEqualTo(moved);
        assertThat(movedNow.title().en()).isEqualTo("Topic that moved");
        assertThat(movedNow.state()).isEqualTo(movedBefore);
        assertThat(movedNow.state().status()).isEqualTo(IN_PROGRESS);
        assertThat(movedNow.state().notes()).isEqualTo("notes on moved");

        assertThat(topic(v2, "untouched").id()).isEqualTo(untouched);
        assertThat(topic(v2, "untouched").state()).isEqualTo(untouchedNotes);

        assertThat(topic(v2, "added").state()).isEqualTo(NodeState.UNTOUCHED);
        assertThat(topic(v2, "added").state().status()).isEqualTo(NOT_STARTED);

        assertThat(topicKeys(v2)).doesNotContain("removed");
        assertThat(Outlines.topics(v2)).flatExtracting(RoadmapOutline.Topic::subtopics)
                .extracting(RoadmapOutline.Subtopic::key).containsExactly("kept-sub");
        NodeProgress removedProgress = progressRepository.findByAccountIdAndNodeId(me, removed).orElseThrow();
        assertThat(removedProgress.getStatus()).isEqualTo(DONE);
        assertThat(removedProgress.getNotes()).isEqualTo("notes on removed");

        // the removed topic no longer counts, and no longer takes changes
        assertThat(stage(v2, "first").progress()).isEqualTo(new Progress(1, 2, 2));
        assertThat(stage(v2, "second").progress()).isEqualTo(new Progress(0, 2, 2));
        assertThat(v2.progress()).isEqualTo(new Progress(1, 4, 4));
        assertThatThrownBy(() -> roadmapService.changeStatus(removed, IN_PROGRESS)).isInstanceOf(NotFoundException.class);
        assertThat(roadmapRepository.findByKey(KEY).orElseThrow().getContentVersion()).isEqualTo(2);
        assertThat(summary().progress()).isEqualTo(new Progress(1, 4, 4));
    }

    @Test
    void loadingTheSameOrAnOlderVersionAgainChangesNothing() {
        load("reload-v1.yaml");
        List<Map<String, Object>> firstEdition = storedOutline();
        load("reload-v1.yaml");
        assertThat(storedOutline()).isEqualTo(firstEdition);

        load("reload-v2.yaml");
        List<Map<String, Object>> secondEdition = storedOutline();
        assertThat(secondEdition).isNotEqualTo(firstEdition);

        load("reload-v1.yaml");
        assertThat(storedOutline()).isEqualTo(secondEdition);
        load("reload-v2.yaml");
        assertThat(storedOutline()).isEqualTo(secondEdition);
        RoadmapOutline outline = roadmapService.outline(KEY);
        assertThat(outline.title().en()).isEqualTo("Reload test, second edition");
        assertThat(topicKeys(outline)).containsExactly("added", "kept", "untouched", "moved");
    }

    @Test
    void aRemovedKeyThatComesBackBringsItsProgressBack() {
        load("reload-v1.yaml");
        RoadmapOutline v1 = roadmapService.outline(KEY);
        long removed = topic(v1, "removed").id();
        long removedSub = subtopic(v1, "removed-sub").id();
        NodeState done = roadmapService.changeStatus(removed, DONE);
        NodeState withNotes = roadmapService.saveNotes(removed, "I did this one", done.version());
        roadmapService.changeStatus(removedSub, IN_PROGRESS);
        assertThat(dockerEvidence()).containsExactly(new LocalizedText("빠질 주제", "Topic that goes"));

        load("reload-v2.yaml");
        assertThat(topicKeys(roadmapService.outline(KEY))).doesNotContain("removed");
        assertThat(dockerEvidence()).isEmpty();

        load("reload-v3.yaml");

        RoadmapOutline v3 = roadmapService.outline(KEY);
        RoadmapOutline.Topic back = topic(v3, "removed");
        assertThat(back.id()).isEqualTo(removed);
        assertThat(back.title().en()).isEqualTo("Topic that came back");
        assertThat(stage(v3, "second").topics()).extracting(RoadmapOutline.Topic::key)
                .containsExactly("untouched", "moved", "removed");
        assertThat(back.state()).isEqualTo(withNotes);
        assertThat(back.state().status()).isEqualTo(DONE);
        assertThat(back.state().notes()).isEqualTo("I did this one");
        assertThat(back.skills()).extracting(RoadmapOutline.SkillTag::key).containsExactly("docker");
        assertThat(subtopic(v3, "removed-sub").id()).isEqualTo(removedSub);
        assertThat(subtopic(v3, "removed-sub").state().status()).isEqualTo(IN_PROGRESS);
        assertThat(stage(v3, "second").progress()).isEqualTo(new Progress(1, 3, 3));
        assertThat(dockerEvidence()).containsExactly(new LocalizedText("돌아온 주제", "Topic that came back"));
    }

    /** A key that moves to another level (a sub-topic grown into a topic, a stage folded into a topic). */
    @Test
    void aKeyThatMovesToAnotherLevelTakesThatLevelsKind() {
        builtInContent.load(new RoadmapDocument(KEY, 1, text("Levels"), null, List.of(
                documentStage("first", documentTopic("big-topic", "grows-up")),
                documentStage("second", documentTopic("becomes-stage"), documentTopic("other")),
                documentStage("folded", documentTopic("folded-topic")))), skillsByKey());
        RoadmapOutline v1 = roadmapService.outline(KEY);
        long grows = subtopic(v1, "grows-up").id();
        long becomesStage = topic(v1, "becomes-stage").id();
        long folded = stage(v1, "folded").id();
        roadmapService.changeStatus(grows, DONE);

        builtInContent.load(new RoadmapDocument(KEY, 2, text("Levels"), null, List.of(
                documentStage("first", documentTopic("big-topic"), documentTopic("grows-up"), documentTopic("folded")),
                documentStage("second", documentTopic("other")),
                documentStage("becomes-stage", documentTopic("new-child")))), skillsByKey());

        RoadmapOutline v2 = roadmapService.outline(KEY);
        assertThat(v2.stages()).extracting(RoadmapOutline.Stage::key).containsExactly("first", "second", "becomes-stage");
        assertThat(stage(v2, "becomes-stage").id()).isEqualTo(becomesStage);
        assertThat(stage(v2, "becomes-stage").topics()).extracting(RoadmapOutline.Topic::key).containsExactly("new-child");
        assertThat(stage(v2, "first").topics()).extracting(RoadmapOutline.Topic::key)
                .containsExactly("big-topic", "grows-up", "folded");
        assertThat(topic(v2, "grows-up").id()).isEqualTo(grows);
        assertThat(topic(v2, "grows-up").state().status()).isEqualTo(DONE);
        assertThat(topic(v2, "folded").id()).isEqualTo(folded);
        assertThat(roadmapService.changeStatus(folded, IN_PROGRESS).status()).isEqualTo(IN_PROGRESS);
        assertThat(roadmapService.outline(KEY).progress()).isEqualTo(new Progress(1, 5, 5))
                .isEqualTo(summary().progress());
    }

    @Test
    void anInvalidBuiltInDocumentIsRefusedAndNothingIsStored() {
        RoadmapDocument v1 = read("reload-v1.yaml");
        RoadmapDocument.Stage first = v1.stages().getFirst();
        RoadmapDocument.Topic kept = first.topics().getFirst();
        RoadmapDocument broken = new RoadmapDocument(KEY, 1, v1.title(), v1.description(), List.of(
                new RoadmapDocument.Stage(first.key(), first.title(), first.months(), List.of(
                        new RoadmapDocument.Topic(kept.key(), kept.title(), null, List.of("no-such-skill"), null,
                                null)))));

        assertThatThrownBy(() -> builtInContent.load(broken, skillsByKey()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("roadmap.import.unknown-skill");
        assertThat(roadmapRepository.findByKey(KEY)).isEmpty();
    }

    private static RoadmapDocument.Stage documentStage(String key, RoadmapDocument.Topic... topics) {
        return new RoadmapDocument.Stage(key, text("Stage " + key), null, List.of(topics));
    }

    private static RoadmapDocument.Topic documentTopic(String key, String... subtopics) {
        return new RoadmapDocument.Topic(key, text("Topic " + key), null, null,
                Stream.of(subtopics).map(sub -> new RoadmapDocument.Subtopic(sub, text("Sub-topic " + sub))).toList(),
                null);
    }

    private static LocalizedText text(String english) {
        return new LocalizedText("[ko] " + english, english);
    }

    private void load(String file) {
        builtInContent.load(read(file), skillsByKey());
    }

    private Map<String, Skill> skillsByKey() {
        return skillRepository.findAll().stream().collect(Collectors.toMap(Skill::getKey, Function.identity()));
    }

    private static RoadmapDocument read(String file) {
        try (InputStream in = new ClassPathResource("content-test/" + file).getInputStream()) {
            return ContentFormat.YAML.mapper().readValue(in, RoadmapDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RoadmapSummary summary() {
        return roadmapService.visibleRoadmaps().stream().filter(summary -> summary.key().equals(KEY)).findFirst()
                .orElseThrow();
    }

    private List<LocalizedText> dockerEvidence() {
        return skillService.standings().stream().filter(standing -> standing.key().equals("docker")).findFirst()
                .map(SkillStanding::evidence).orElseThrow();
    }

    /** The roadmap and its nodes as stored, versions included, so that any write shows. */
    private List<Map<String, Object>> storedOutline() {
        return jdbc.queryForList("""
                select r.title_en as roadmap_title, r.content_version, r.version as roadmap_version,
                       n.id, n.key, parent.key as parent, n.position, n.title_en, n.retired, n.version
                from roadmap r join roadmap_node n on n.roadmap_id = r.id
                     left join roadmap_node parent on parent.id = n.parent_id
                where r.key = ? order by n.key""", KEY);
    }

    private void removeTestRoadmap() {
        jdbc.update("delete from roadmap where key = ?", KEY);
    }
}
