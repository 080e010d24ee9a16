package app.waypoint.roadmap.service;

import app.waypoint.base.domain.LocalizedText;
import app.waypoint.base.service.ContentFormat;
import app.waypoint.roadmap.service.RoadmapDocument.Months;
import app.waypoint.roadmap.service.RoadmapDocument.Resource;
import app.waypoint.roadmap.service.RoadmapDocument.Stage;
import app.waypoint.roadmap.service.RoadmapDocument.Subtopic;
import app.waypoint.roadmap.service.RoadmapDocument.Topic;
import app.waypoint.skill.service.SkillCatalogDocument;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class RoadmapDocumentCheckTest {

    private static final Set<String> SKILLS = Set.of("python", "docker", "fastapi");

    @Test
    void aValidSmallDocumentPasses() {
        assertThat(problems(document(List.of(stage("basics", topic("python-core"), topic("web")),
                stage("more", topic("deploy")))))).isEmpty();
    }

    @Test
    void theBuiltInRoadmapPasses() throws IOException {
        RoadmapDocument builtIn;
        try (InputStream in = new ClassPathResource("content/roadmaps/ai-backend-2025h2.yaml").getInputStream()) {
            builtIn = ContentFormat.YAML.mapper().readValue(in, RoadmapDocument.class);
        }
        Set<String> catalogue;
        try (InputStream in = new ClassPathResource("content/skills.yaml").getInputStream()) {
            catalogue = Set.copyOf(ContentFormat.YAML.mapper()
                    .readValue(in, SkillCatalogDocument.class).skills().stream()
                    .map(SkillCatalogDocument.Entry::key).toList());
        }

        assertThat(RoadmapDocumentCheck.problemsOf(builtIn, catalogue)).isEmpty();
        assertThat(RoadmapDocumentCheck.problemsOf(builtIn, Set.of("python")))
                .as("the same file against a catalogue without its skills")
                .isNotEmpty()
                .allSatisfy(problem -> assertThat(problem.messageKey()).isEqualTo("roadmap.import.unknown-skill"));
    }

    @Test
    void blankAndMalformedKeysAreBadKeys() {
        for (String bad : List.of("", "   ", "Python", "python core", "-leading-dash", "under_score", "한글",
                "k".repeat(81))) {
            assertThat(problems(document(List.of(stage("basics", topic(bad))))))
                    .as("key '%s'", bad)
                    .containsExactly(new ContentProblem("stages[0].topics[0].key", "roadmap.import.bad-key", bad));
        }
        assertThat(problems(document(List.of(stage(null, topic("ok"))))))
                .containsExactly(new ContentProblem("stages[0].key", "roadmap.import.bad-key", null));
        assertThat(problems(document(List.of(stage("basics", topic("k".repeat(80))))))).isEmpty();
        assertThat(problems(document(List.of(stage("basics", topic("0-start-with-digit-9")))))).isEmpty();
    }

    @Test
    void keysAreUniqueAcrossStagesTopicsAndSubtopics() {
        assertThat(problems(document(List.of(stage("basics", topic("python"), topic("python"))))))
                .containsExactly(new ContentProblem("stages[0].topics[1].key", "roadmap.import.duplicate-key", "python"));

        assertThat(problems(document(List.of(stage("basics", topic("python-core")),
                stage("more", topic("deploy", new Subtopic("basics", text("dup"))))))))
                .containsExactly(new ContentProblem("stages[1].topics[0].subtopics[0].key",
                        "roadmap.import.duplicate-key", "basics"));

        assertThat(problems(document(List.of(stage("basics", topic("python-core")), stage("python-core")))))
                .containsExactly(new ContentProblem("stages[1].key", "roadmap.import.duplicate-key", "python-core"));
    }

    @Test
    void titlesNeedBothLanguages() {
        Stage noEnglish = new Stage("basics", new LocalizedText("기초", " "), null, List.of(topic("python-core")));
        Stage noKorean = new Stage("more", new LocalizedText(null, "More"), null, List.of(topic("deploy")));
        Stage noTitle = new Stage("last", null, null, List.of(topic("last-topic")));

        assertThat(problems(document(List.of(noEnglish, noKorean, noTitle)))).containsExactly(
                new ContentProblem("stages[0].title.en", "roadmap.import.missing", null),
                new ContentProblem("stages[1].title.ko", "roadmap.import.missing", null),
                new ContentProblem("stages[2].title", "roadmap.import.missing", null));

        RoadmapDocument untitled = new RoadmapDocument("r", 1, new LocalizedText("", "Roadmap"), null,
                List.of(stage("basics", topic("python-core"))));
        assertThat(problems(untitled)).containsExactly(new ContentProblem("title.ko", "roadmap.import.missing", null));
    }

    @Test
    void titlesHaveAMaximumLength() {
        String tooLong = "가".repeat(RoadmapDocumentCheck.MAX_TITLE + 1);
        Topic longTopic = new Topic("python-core", new LocalizedText("파이썬", tooLong), null, null, null, null);
        Stage longStage = new Stage("basics", new LocalizedText(tooLong, "Basics"), null, List.of(longTopic));
        RoadmapDocument longRoadmap = new RoadmapDocument("r", 1, new LocalizedText(tooLong, tooLong),
                new LocalizedText("설명", "x".repeat(RoadmapDocumentCheck.MAX_DESCRIPTION + 1)), List.of(longStage));

        assertThat(problems(longRoadmap)).containsExactly(
                new ContentProblem("title.ko", "roadmap.import.too-long", null),
                new ContentProblem("title.en", "roadmap.import.too-long", null),
                new ContentProblem("description.en", "roadmap.import.too-long", null),
                new ContentProblem("stages[0].title.ko", "roadmap.import.too-long", null),
                new ContentProblem("stages[0].topics[0].title.en", "roadmap.import.too-long", null));

        String longest = "가".repeat(RoadmapDocumentCheck.MAX_TITLE);
        assertThat(problems(document(List.of(new Stage("basics", new LocalizedText(longest, longest), null,
                List.of(topic("python-core"))))))).isEmpty();
    }

    @Test
    void monthsMustBeARangeFromZeroToSixty() {
        for (Months bad : List.of(new Months(3, 2), new Months(-1, 2), new Months(1, 61), new Months(null, 2),
                new Months(2, null))) {
            Stage stage = new Stage("basics", text("Basics"), bad, List.of(topic("python-core")));
            assertThat(problems(document(List.of(stage)))).as("%s", bad)
                    .containsExactly(new ContentProblem("stages[0].months", "roadmap.import.bad-months", null));
        }
        for (Months good : List.of(new Months(2, 2), new Months(0, 60), new Months(2, 3))) {
            Stage stage = new Stage("basics", text("Basics"), good, List.of(topic("python-core")));
            assertThat(problems(document(List.of(stage)))).as("%s", good).isEmpty();
        }
    }

    @Test
    void skillsMustBeInTheCatalogue() {
        Topic topic = new Topic("python-core", text("Python"), null, List.of("python", "cobol", "docker"), null, null);

        assertThat(problems(document(List.of(new Stage("basics", text("Basics"), null, List.of(topic))))))
                .containsExactly(new ContentProblem("stages[0].topics[0].skills[1]", "roadmap.import.unknown-skill",
                        "cobol"));
    }

    @Test
    void resourceAddressesMustBeWebAddresses() {
        Topic topic = new Topic("python-core", text("Python"), null, null, null, List.of(
                new Resource("link", "Docs", "https://docs.python.org"),
                new Resource("book", "A book", null),
                new Resource("link", "Trap", "javascript:alert(1)"),
                new Resource("course", "Old", "ftp://x.org/a")));

        assertThat(problems(document(List.of(new Stage("basics", text("Basics"), null, List.of(topic))))))
                .containsExactly(
                        new ContentProblem("stages[0].topics[0].resources[2].url", "roadmap.import.bad-url",
                                "javascript:alert(1)"),
                        new ContentProblem("stages[0].topics[0].resources[3].url", "roadmap.import.bad-url",
                                "ftp://x.org/a"));
    }

    @Test
    void resourceKindsAreCourseBookOrLink() {
        Topic topic = new Topic("python-core", text("Python"), null, null, null, List.of(
                new Resource("COURSE", "Upper case is fine", null),
                new Resource("video", "Unknown kind", null),
                new Resource(null, "No kind", null)));

        assertThat(problems(document(List.of(new Stage("basics", text("Basics"), null, List.of(topic))))))
                .containsExactly(
                        new ContentProblem("stages[0].topics[0].resources[1].kind", "roadmap.import.bad-resource-kind",
                                "video"),
                        new ContentProblem("stages[0].topics[0].resources[2].kind", "roadmap.import.bad-resource-kind",
                                null));
    }

    @Test
    void resourcesNeedATitle() {
        Topic topic = new Topic("python-core", text("Python"), null, null, null,
                List.of(new Resource("link", " ", "https://example.com")));

        assertThat(problems(document(List.of(new Stage("basics", text("Basics"), null, List.of(topic))))))
                .containsExactly(new ContentProblem("stages[0].topics[0].resources[0].title", "roadmap.import.missing",
                        null));
    }

    @Test
    void atMostTwentyStages() {
        List<Stage> twenty = IntStream.range(0, 20).mapToObj(i -> stage("stage-" + i, topic("topic-" + i))).toList();
        assertThat(problems(document(twenty))).isEmpty();

        List<Stage> twentyOne = new ArrayList<>(twenty);
        twentyOne.add(stage("stage-20", topic("topic-20")));
        assertThat(problems(document(twentyOne)))
                .containsExactly(new ContentProblem("stages", "roadmap.import.too-many", "20"));
    }

    @Test
    void atMostSixtyTopicsPerStageAndThirtySubtopicsPerTopic() {
        Topic[] sixtyOne = IntStream.range(0, 61).mapToObj(i -> topic("topic-" + i)).toArray(Topic[]::new);
        assertThat(problems(document(List.of(stage("basics", sixtyOne)))))
                .containsExactly(new ContentProblem("stages[0].topics", "roadmap.import.too-many", "60"));

        Subtopic[] thirtyOne = IntStream.range(0, 31).mapToObj(i -> new Subtopic("sub-" + i, text("Sub " + i)))
                .toArray(Subtopic[]::new);
        assertThat(problems(document(List.of(stage("basics", topic("python-core", thirtyOne))))))
                .containsExactly(new ContentProblem("stages[0].topics[0].subtopics", "roadmap.import.too-many", "30"));
    }

    @Test
    void aDocumentWithoutStagesIsRefused() {
        assertThat(problems(document(List.of())))
                .containsExactly(new ContentProblem("stages", "roadmap.import.no-stages", null));
        assertThat(problems(document(null)))
                .containsExactly(new ContentProblem("stages", "roadmap.import.no-stages", null));
    }

    @Test
    void missingEntriesInListsAreReportedNotThrown() {
        List<Stage> stages = new ArrayList<>();
        stages.add(null);
        List<Topic> topics = new ArrayList<>();
        topics.add(null);
        List<Subtopic> subtopics = new ArrayList<>();
        subtopics.add(null);
        stages.add(new Stage("basics", text("Basics"), null, topics));
        stages.add(new Stage("more", text("More"), null,
                List.of(new Topic("deploy", text("Deploy"), null, null, subtopics, null))));

        assertThat(problems(document(stages))).containsExactly(
                new ContentProblem("stages[0]", "roadmap.import.missing", null),
                new ContentProblem("stages[1].topics[0]", "roadmap.import.missing", null),
                new ContentProblem("stages[2].topics[0].subtopics[0]", "roadmap.import.missing", null));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Topic bad = new Topic("Bad Key", new LocalizedText("", "Title"), null, List.of("cobol"), null,
                List.of(new Resource("video", "Trap", "javascript:alert(1)")));

        assertThat(problems(document(List.of(new Stage("basics", text("Basics"), new Months(5, 1), List.of(bad))))))
                .extracting(ContentProblem::messageKey)
                .containsExactly("roadmap.import.bad-months", "roadmap.import.bad-key", "roadmap.import.missing",
                        "roadmap.import.unknown-skill", "roadmap.import.bad-resource-kind", "roadmap.import.bad-url");
    }

    private static List<ContentProblem> problems(RoadmapDocument document) {
        return RoadmapDocumentCheck.problemsOf(document, SKILLS);
    }

    private static RoadmapDocument document(List<Stage> stages) {
        return new RoadmapDocument("small", 1, text("Small roadmap"), text("A small roadmap"), stages);
    }

    private static Stage stage(String key, Topic... topics) {
        return new Stage(key, text("Stage " + key), new Months(1, 2), List.of(topics));
    }

    private static Topic topic(String key, Subtopic... subtopics) {
        return new Topic(key, text("Topic " + key), text("About " + key), List.of("python"), List.of(subtopics),
                List.of(new Resource("link", "Docs", "https://example.com/docs")));
    }

    private static LocalizedText text(String english) {
        return new LocalizedText("[ko] " + english, english);
    }
}
