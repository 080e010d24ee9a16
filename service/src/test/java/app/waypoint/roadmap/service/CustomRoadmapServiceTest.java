package app.waypoint.roadmap.service;

import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.base.service.ContentFormat;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.roadmap.domain.ProgressStatus;
import app.waypoint.roadmap.domain.RoadmapRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
class CustomRoadmapServiceTest {

    private static final String BUILT_IN = "ai-backend-2025h2";

    @Autowired CustomRoadmapService customRoadmaps;

    @Autowired RoadmapStructureService structure;
    @Autowired RoadmapService roadmapService;
    @Autowired RoadmapRepository roadmapRepository;
    @Autowired AccountFixtures accounts;
    @Autowired TestDatabase database;

    @BeforeEach
    void emptyDatabase() {
        database.reset();
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    @Test
    void aForkCopiesStructureAndSkillsAndRoundTripsThroughBothFormats() {
        accounts.signUpAndLogIn("fork@example.com");
        String fork = customRoadmaps.fork(BUILT_IN);

        RoadmapOutline copy = roadmapService.outline(fork);
        RoadmapOutline original = roadmapService.outline(BUILT_IN);
        assertThat(copy.builtIn()).isFalse();
        assertThat(copy.title().en()).isEqualTo(original.title().en() + " (copy)");
        assertThat(copy.stages()).extracting(RoadmapOutline.Stage::key)
                .containsExactlyElementsOf(original.stages().stream().map(RoadmapOutline.Stage::key).toList());
        assertThat(copy.stages().get(0).topics().get(0).skills())
                .isEqualTo(original.stages().get(0).topics().get(0).skills());

        for (ContentFormat format : ContentFormat.values()) {
            String exported = customRoadmaps.export(fork, format);
            String imported = customRoadmaps.importFile(exported.getBytes(StandardCharsets.UTF_8), format);
            String reExported = customRoadmaps.export(imported, format);
            assertThat(withoutKey(reExported, imported)).as(format + " round trip")
                    .isEqualTo(withoutKey(exported, fork));
        }
    }

    @Test
    void aForkTakesTheForkersProgressOnceByNodeKeyAndSaysHowMuch() {
        accounts.signUpAndLogIn("someone-else@example.com");
        RoadmapOutline seenByOther = roadmapService.outline(BUILT_IN);
        roadmapService.changeStatus(seenByOther.stages().get(0).topics().get(2).id(), ProgressStatus.DONE);

        accounts.signUpAndLogIn("forker@example.com");
        RoadmapOutline before = roadmapService.outline(BUILT_IN);
        RoadmapOutline.Topic first = before.stages().get(0).topics().get(0);
        RoadmapOutline.Topic second = before.stages().get(0).topics().get(1);
        RoadmapOutline.Topic later = before.stages().get(1).topics().get(0);
        roadmapService.changeStatus(first.id(), ProgressStatus.DONE);
        roadmapService.changeStatus(second.subtopics().get(0).id(), ProgressStatus.DONE);
        roadmapService.changeStatus(later.id(), ProgressStatus.IN_PROGRESS);
        long notesVersion = roadmapService.currentState(later.id()).version();
        roadmapService.saveNotes(later.id(), "Read chapter 3", notesVersion);
        roadmapService.addEvidence(later.id(), "https://github.com/me/notes", "notes");
        NodeState original = roadmapService.currentState(first.id());

        RoadmapOutline fork = roadmapService.outline(customRoadmaps.fork(BUILT_IN));

        assertThat(fork.carriedTopics()).as("two topics; a sub-topic is not counted as a topic").isEqualTo(2);
        assertThat(roadmapService.outline(BUILT_IN).carriedTopics()).isNull();
        RoadmapOutline.Topic forkedFirst = fork.stages().get(0).topics().get(0);
        assertThat(forkedFirst.key()).isEqualTo(first.key());
        assertThat(forkedFirst.state().status()).isEqualTo(ProgressStatus.DONE);
        assertThat(forkedFirst.state().doneAt()).as("when it was done, not when it was copied")
                .isEqualTo(original.doneAt());
        assertThat(fork.stages().get(0).topics().get(1).subtopics().get(0).state().status())
                .isEqualTo(ProgressStatus.DONE);
        assertThat(fork.stages().get(0).topics().get(2).state().status()).as("another person's progress stays theirs")
                .isEqualTo(ProgressStatus.NOT_STARTED);
        NodeState forkedLater = fork.stages().get(1).topics().get(0).state();
        assertThat(forkedLater.status()).isEqualTo(ProgressStatus.IN_PROGRESS);
        assertThat(forkedLater.notes()).isEqualTo("Read chapter 3");
        assertThat(forkedLater.evidence()).extracting(link -> link.url()).containsExactly("https://github.com/me/notes");
        assertThat(fork.progress().done()).isEqualTo(1);

        roadmapService.changeStatus(second.id(), ProgressStatus.DONE);
        assertThat(roadmapService.outline(fork.key()).stages().get(0).topics().get(1).state().status())
                .as("taken once: later progress on the original stays there").isEqualTo(ProgressStatus.NOT_STARTED);
        roadmapService.changeStatus(forkedFirst.id(), ProgressStatus.IN_PROGRESS);
        assertThat(roadmapService.outline(BUILT_IN).stages().get(0).topics().get(0).state().status())
                .isEqualTo(ProgressStatus.DONE);
    }

    @Test
    void theOwnerEditsTheStructure() {
        accounts.signUpAndLogIn("editor@example.com");
        String key = customRoadmaps.createBlank("나의 로드맵");
        structure.addStage(key, "Basics");
        structure.addStage(key, "Advanced");
        long basics = roadmapService.outline(key).stages().get(0).id();
        structure.addTopic(basics, "Python");
        structure.addTopic(basics, "SQL");

        long sql = roadmapService.outline(key).stages().get(0).topics().get(1).id();
        structure.move(sql, -1);
        structure.rename(sql, "SQL and indexes", Locale.ENGLISH);
        long advanced = roadmapService.outline(key).stages().get(1).id();
        structure.delete(advanced);

        RoadmapOutline outline = roadmapService.outline(key);
        assertThat(outline.stages()).hasSize(1);
        assertThat(outline.stages().get(0).topics()).extracting(topic -> topic.title().en())
                .containsExactly("SQL and indexes", "Python");
        assertThat(outline.stages().get(0).topics().get(0).title().ko()).as("the other language keeps its text")
                .isEqualTo("SQL");
    }

    @Test
    void blankAndOverlongTitlesAreRefused() {
        accounts.signUpAndLogIn("titles@example.com");
        assertThatThrownBy(() -> customRoadmaps.createBlank("  "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("roadmap.custom.title-required"));
        String key = customRoadmaps.createBlank("Mine");
        assertThatThrownBy(() -> structure.addStage(key, "x".repeat(10_000)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("roadmap.custom.title-too-long"));
        assertThat(roadmapService.outline(key).stages()).isEmpty();
    }

    @Test
    void onlyTheOwnerCanSeeOrEditACustomRoadmap() {
        accounts.signUpAndLogIn("owner@example.com");
        String key = customRoadmaps.fork(BUILT_IN);
        long topic = roadmapService.outline(key).stages().get(0).topics().get(0).id();
        long stage = roadmapService.outline(key).stages().get(0).id();
        roadmapService.changeStatus(topic, ProgressStatus.DONE);

        accounts.signUpAndLogIn("intruder@example.com");
        assertThatThrownBy(() -> roadmapService.outline(key)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> customRoadmaps.export(key, ContentFormat.YAML)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> customRoadmaps.fork(key)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> structure.rename(topic, "mine now", Locale.ENGLISH))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> structure.delete(stage)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> structure.addTopic(stage, "x")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> customRoadmaps.deleteRoadmap(key)).isInstanceOf(NotFoundException.class);
        assertThat(roadmapService.outline("ai-backend-2025h2").editable()).as("built-in").isFalse();

        accounts.logIn("owner@example.com", AccountFixtures.PASSWORD);
        RoadmapOutline untouched = roadmapService.outline(key);
        assertThat(untouched.editable()).as("the owner's own").isTrue();
        assertThat(untouched.stages()).hasSize(4);
        assertThat(untouched.stages().get(0).topics().get(0).title().en()).isNotEqualTo("mine now");
        assertThat(untouched.progress().done()).isEqualTo(1);
    }

    @Test
    void builtInRoadmapsCannotBeEdited() {
        accounts.signUpAndLogIn("builtin@example.com");
        long stage = roadmapService.outline(BUILT_IN).stages().get(0).id();

        assertThatThrownBy(() -> structure.addStage(BUILT_IN, "Extra")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> structure.delete(stage)).isInstanceOf(AccessDeniedException.class);
        assertThat(roadmapService.outline(BUILT_IN).stages()).hasSize(4);
    }

    @Test
    void malformedFilesAreExplainedByLineAndStoreNothing() {
        accounts.signUpAndLogIn("import@example.com");
        long before = roadmapRepository.count();

        assertProblem("stages: [\n  - key: a\n    title: {ko: x, en: y\n", ContentFormat.YAML, "roadmap.import.unreadable",
                "", SOME_LINE);
        assertProblem("{\"stages\": [}", ContentFormat.JSON, "roadmap.import.unreadable", "", SOME_LINE);
        assertProblem("title: {ko: x, en: y}\ncolour: blue\nstages: []\n", ContentFormat.YAML,
                "roadmap.import.unknown-field", "colour", 2);
        assertProblem("", ContentFormat.YAML, "roadmap.import.empty", "", 0);
        assertThat(roadmapRepository.count()).isEqualTo(before);
    }

    @Test
    void anUnknownFieldIsReportedAtItsOwnLineByNameWithoutProgramInsides() {
        accounts.signUpAndLogIn("fields@example.com");
        StringBuilder yaml = new StringBuilder("""
                title: {ko: 제목, en: Title}
                stages:
                  - key: first
                    colour: blue
                    title: {ko: 단계, en: Stage}
                    topics:
                """);
        for (int i = 0; i < 150; i++) {
            yaml.append("      - key: topic-").append(i).append("\n        title: {ko: 주제, en: Topic}\n");
        }

        ContentProblem unknown = onlyProblem(yaml.toString(), ContentFormat.YAML);

        assertThat(unknown).isEqualTo(new ContentProblem("stages[0].colour", 4, 5, "roadmap.import.unknown-field",
                "colour"));
        assertThat(unknown.toString()).doesNotContain("app.waypoint", "class", "java", "Unrecognized", "$");

        ContentProblem inJson = onlyProblem("""
                {"title": {"ko": "제목", "en": "Title"},
                 "stages": [
                   {"key": "first",
                    "title": {"ko": "단계", "en": "Stage", "fr": "Étape"}}]}""", ContentFormat.JSON);
        assertThat(inJson).extracting(ContentProblem::location, ContentProblem::line, ContentProblem::messageKey,
                        ContentProblem::detail)
                .containsExactly("stages[0].title.fr", 4, "roadmap.import.unknown-field", "fr");
    }

    @Test
    void aValueOfTheWrongKindIsReportedAtItsLineWithoutJavaTypeNames() {
        accounts.signUpAndLogIn("values@example.com");
        ContentProblem wrong = onlyProblem("""
                title: {ko: 제목, en: Title}
                stages:
                  - key: first
                    title: {ko: 단계, en: Stage}
                    months: {min: many, max: 3}
                """, ContentFormat.YAML);

        assertThat(wrong).extracting(ContentProblem::location, ContentProblem::line, ContentProblem::messageKey,
                        ContentProblem::detail)
                .containsExactly("stages[0].months.min", 5, "roadmap.import.wrong-value", null);
        assertThat(wrong.toString()).doesNotContain("Integer", "java", "class");
    }

    @Test
    void invalidContentIsReportedWithEveryPath() {
        accounts.signUpAndLogIn("paths@example.com");
        String yaml = """
                title: {ko: 제목, en: Title}
                stages:
                  - key: Bad Key
                    title: {ko: 단계, en: Stage}
                    topics:
                      - key: dup
                        title: {ko: 가, en: A}
                        skills: [no-such-skill]
                      - key: dup
                        title: {ko: "", en: B}
                        resources:
                          - kind: link
                            title: Click me
                            url: "javascript:alert(1)"
                """;
        assertThatThrownBy(() -> customRoadmaps.importFile(yaml.getBytes(StandardCharsets.UTF_8), ContentFormat.YAML))
                .isInstanceOfSatisfying(InvalidRoadmapFileException.class, e -> assertThat(e.problems())
                        .extracting(ContentProblem::location, ContentProblem::messageKey)
                        .contains(
                                tuple("stages[0].key", "roadmap.import.bad-key"),
                                tuple("stages[0].topics[0].skills[0]", "roadmap.import.unknown-skill"),
                                tuple("stages[0].topics[1].key", "roadmap.import.duplicate-key"),
                                tuple("stages[0].topics[1].title.ko", "roadmap.import.missing"),
                                tuple("stages[0].topics[1].resources[0].url", "roadmap.import.bad-url")));
    }

    @Test
    void hostileTextIsStoredAsPlainTextNeverAsMarkup() {
        accounts.signUpAndLogIn("hostile@example.com");
        String yaml = """
                title: {ko: "<script>alert(1)</script>", en: "<img src=x onerror=alert(1)>"}
                stages:
                  - key: s
                    title: {ko: 단계, en: Stage}
                """;
        String key = customRoadmaps.importFile(yaml.getBytes(StandardCharsets.UTF_8), ContentFormat.YAML);
        assertThat(roadmapService.outline(key).title().ko()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void oversizedAndDeeplyNestedFilesAreRefused() {
        accounts.signUpAndLogIn("big@example.com");
        long before = roadmapRepository.count();
        byte[] tenMegabytes = ("# " + "x".repeat(1000) + "\n").repeat(10_000).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> customRoadmaps.importFile(tenMegabytes, ContentFormat.YAML))
                .isInstanceOfSatisfying(InvalidRoadmapFileException.class, e -> assertThat(e.problems().get(0))
                        .extracting(ContentProblem::messageKey, ContentProblem::detail)
                        .containsExactly("roadmap.import.too-large", "1 MB"));

        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertThatThrownBy(() -> customRoadmaps.importFile(("{\"stages\": " + deep + "}").getBytes(StandardCharsets.UTF_8),
                ContentFormat.JSON))
                .isInstanceOfSatisfying(InvalidRoadmapFileException.class, e -> assertThat(e.problems().get(0))
                        .as("a list stands where the first stage belongs")
                        .extracting(ContentProblem::location, ContentProblem::line, ContentProblem::messageKey)
                        .containsExactly("stages[0]", 1, "roadmap.import.wrong-value"));
        String deepYaml = "stages: " + "[".repeat(5000) + "]".repeat(5000);
        assertThatThrownBy(() -> customRoadmaps.importFile(deepYaml.getBytes(StandardCharsets.UTF_8), ContentFormat.YAML))
                .isInstanceOf(InvalidRoadmapFileException.class);
        assertThat(roadmapRepository.count()).isEqualTo(before);
    }

    /** For broken syntax the parser names the line where it gave up, which need not be the broken one. */
    private static final int SOME_LINE = -1;

    private void assertProblem(String content, ContentFormat format, String messageKey, String location, int line) {
        assertThatThrownBy(() -> customRoadmaps.importFile(content.getBytes(StandardCharsets.UTF_8), format))
                .as(content)
                .isInstanceOfSatisfying(InvalidRoadmapFileException.class, e -> {
                    assertThat(e.problems().get(0).messageKey()).isEqualTo(messageKey);
                    assertThat(e.problems().get(0).location()).isEqualTo(location);
                    if (line == SOME_LINE) {
                        assertThat(e.problems().get(0).line()).isPositive();
                    } else {
                        assertThat(e.problems().get(0).line()).isEqualTo(line);
                    }
                });
    }

    private ContentProblem onlyProblem(String content, ContentFormat format) {
        try {
            customRoadmaps.importFile(content.getBytes(StandardCharsets.UTF_8), format);
        } catch (InvalidRoadmapFileException refused) {
            assertThat(refused.problems()).hasSize(1);
            return refused.problems().get(0);
        }
        throw new AssertionError("the file was imported");
    }

    private static String withoutKey(String file, String key) {
        return file.replace(key, "KEY");
    }
}
