package app.waypoint.roadmap.service;

import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.roadmap.domain.LearningResource;
import app.waypoint.roadmap.domain.ProgressStatus;
import app.waypoint.roadmap.domain.ResourceKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class RoadmapStructureServiceTest {

    private static final String BUILT_IN = "ai-backend-2025h2";

    @Autowired RoadmapStructureService structure;
    @Autowired CustomRoadmapService customRoadmaps;
    @Autowired RoadmapService roadmapService;
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
    void aTopicIsEditedInTheLanguageBeingUsedAndKeptSubTopicsKeepTheirTicks() {
        accounts.signUpAndLogIn("topic@example.com");
        String key = customRoadmaps.fork(BUILT_IN);
        RoadmapOutline.Topic topic = roadmapService.outline(key).stages().get(0).topics().get(0);
        RoadmapOutline.Subtopic kept = topic.subtopics().get(1);
        RoadmapOutline.Subtopic dropped = topic.subtopics().get(0);
        roadmapService.changeStatus(kept.id(), ProgressStatus.DONE);
        roadmapService.changeStatus(dropped.id(), ProgressStatus.DONE);
        TopicDraft draft = structure.topicDraft(topic.id(), Locale.ENGLISH);
        assertThat(draft.title()).isEqualTo(topic.title().en());
        assertThat(draft.subtopics()).hasSize(topic.subtopics().size()).contains(kept.title().en());

        structure.saveTopic(new TopicDraft(topic.id(), "Python, properly", "Start with the tutorial.",
                List.of("  Packaging and venvs ", kept.title().en(), ""),
                List.of(new LearningResource(ResourceKind.LINK, "The Python tutorial", "https://docs.python.org/3/tutorial/"),
                        new LearningResource(ResourceKind.BOOK, "Fluent Python", null)),
                draft.version()), Locale.ENGLISH);

        RoadmapOutline.Topic edited = roadmapService.outline(key).stages().get(0).topics().get(0);
        assertThat(edited.title().en()).isEqualTo("Python, properly");
        assertThat(edited.title().ko()).as("the other language keeps its text").isEqualTo(topic.title().ko());
        assertThat(edited.description().en()).isEqualTo("Start with the tutorial.");
        assertThat(edited.description().ko()).isEqualTo(topic.description().ko());
        assertThat(edited.subtopics()).extracting(sub -> sub.title().en())
                .containsExactly("Packaging and venvs", kept.title().en());
        assertThat(edited.subtopics().get(0).title().ko()).as("a new sub-topic starts with the same text in both")
                .isEqualTo("Packaging and venvs");
        assertThat(edited.subtopics().get(1).id()).isEqualTo(kept.id());
        assertThat(edited.subtopics().get(1).state().status()).isEqualTo(ProgressStatus.DONE);
        assertThat(edited.subtopics().get(0).state().status()).isEqualTo(ProgressStatus.NOT_STARTED);
        assertThat(edited.resources()).containsExactly(
                new LearningResource(ResourceKind.LINK, "The Python tutorial", "https://docs.python.org/3/tutorial/"),
                new LearningResource(ResourceKind.BOOK, "Fluent Python", null));
        assertThatThrownBy(() -> roadmapService.currentState(dropped.id())).as("a dropped sub-topic is gone")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anEditFromAnOlderVersionIsRefusedEvenWhenOnlySubTopicsChanged() {
        accounts.signUpAndLogIn("tabs@example.com");
        String key = customRoadmaps.fork(BUILT_IN);
        long topicId = roadmapService.outline(key).stages().get(0).topics().get(0).id();
        TopicDraft firstTab = structure.topicDraft(topicId, Locale.ENGLISH);
        TopicDraft secondTab = structure.topicDraft(topicId, Locale.ENGLISH);

        structure.saveTopic(new TopicDraft(topicId, firstTab.title(), firstTab.description(), List.of("Only this"),
                firstTab.resources(), firstTab.version()), Locale.ENGLISH);

        assertThatThrownBy(() -> structure.saveTopic(new TopicDraft(topicId, secondTab.title(),
                secondTab.description(), List.of("Or that"), secondTab.resources(), secondTab.version()), Locale.ENGLISH))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(structure.topicDraft(topicId, Locale.ENGLISH).subtopics()).containsExactly("Only this");
    }

    @Test
    void badTopicInputIsRefusedAtItsFieldAndNothingChanges() {
        accounts.signUpAndLogIn("bad@example.com");
        String key = customRoadmaps.fork(BUILT_IN);
        long topicId = roadmapService.outline(key).stages().get(0).topics().get(0).id();
        TopicDraft draft = structure.topicDraft(topicId, Locale.KOREAN);

        assertRefused(new TopicDraft(topicId, " ", null, draft.subtopics(), draft.resources(), draft.version()),
                "title", "roadmap.custom.title-required");
        assertRefused(new TopicDraft(topicId, "T", "x".repeat(2001), draft.subtopics(), draft.resources(),
                draft.version()), "description", "roadmap.edit.description-too-long");
        assertRefused(new TopicDraft(topicId, "T", null, List.of("same", "same"), List.of(), draft.version()),
                "subtopics", "roadmap.edit.subtopic-twice");
        assertRefused(new TopicDraft(topicId, "T", null, java.util.stream.IntStream.range(0, 31)
                .mapToObj(i -> "sub " + i).toList(), List.of(), draft.version()),
                "subtopics", "roadmap.edit.too-many-subtopics");
        assertRefused(new TopicDraft(topicId, "T", null, List.of(), List.of(new LearningResource(ResourceKind.LINK,
                "Shady", "javascript:alert(1)")), draft.version()), "resources", "roadmap.edit.resource-url");
        assertRefused(new TopicDraft(topicId, "T", null, List.of(), List.of(new LearningResource(ResourceKind.BOOK,
                " ", null)), draft.version()), "resources", "roadmap.edit.resource-title");

        assertThat(structure.topicDraft(topicId, Locale.KOREAN)).isEqualTo(draft);
    }

    @Test
    void aStageKeepsItsMonthsInOrder() {
        accounts.signUpAndLogIn("stage@example.com");
        String key = customRoadmaps.fork(BUILT_IN);
        long stageId = roadmapService.outline(key).stages().get(0).id();
        StageDraft draft = structure.stageDraft(stageId, Locale.KOREAN);

        for (Integer[] months : new Integer[][] {{3, 2}, {-1, 2}, {1, 61}, {null, 2}}) {
            assertThatThrownBy(() -> structure.saveStage(new StageDraft(stageId, "기초", months[0], months[1],
                    draft.version()), Locale.KOREAN))
                    .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems().get(0)
                            .field()).isEqualTo("months"));
        }
        structure.saveStage(new StageDraft(stageId, "기초 다지기", 1, 2, draft.version()), Locale.KOREAN);

        RoadmapOutline.Stage stage = roadmapService.outline(key).stages().get(0);
        assertThat(stage.title().ko()).isEqualTo("기초 다지기");
        assertThat(stage.minMonths()).isEqualTo(1);
        assertThat(stage.maxMonths()).isEqualTo(2);
        assertThatThrownBy(() -> structure.saveStage(new StageDraft(stageId, "again", 1, 2, draft.version()),
                Locale.KOREAN)).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void theRoadmapsOwnTitleAndDescriptionAreEdited() {
        accounts.signUpAndLogIn("describe@example.com");
        String key = customRoadmaps.createBlank("Mine");
        RoadmapDraft draft = structure.roadmapDraft(key, Locale.ENGLISH);
        assertThat(draft.description()).isNull();

        structure.saveRoadmap(new RoadmapDraft(key, "My path", "Three months to the first interview.",
                draft.version()), Locale.ENGLISH);

        RoadmapOutline outline = roadmapService.outline(key);
        assertThat(outline.title().en()).isEqualTo("My path");
        assertThat(outline.title().ko()).isEqualTo("Mine");
        assertThat(outline.description().en()).isEqualTo("Three months to the first interview.");
        assertThatThrownBy(() -> structure.saveRoadmap(new RoadmapDraft(key, "Late", null, draft.version()),
                Locale.ENGLISH)).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void aTopicMovesToAnotherStageAtAPlaceAndStagesAreReordered() {
        accounts.signUpAndLogIn("place@example.com");
        String key = customRoadmaps.fork(BUILT_IN);
        RoadmapOutline before = roadmapService.outline(key);
        RoadmapOutline.Stage first = before.stages().get(0);
        RoadmapOutline.Stage second = before.stages().get(1);
        RoadmapOutline.Topic moving = first.topics().get(0);
        roadmapService.changeStatus(moving.id(), ProgressStatus.DONE);

        structure.placeTopic(moving.id(), second.id(), second.topics().get(1).id());
        RoadmapOutline after = roadmapService.outline(key);
        assertThat(after.stages().get(0).topics()).extracting(RoadmapOutline.Topic::id)
                .containsExactlyElementsOf(first.topics().stream().skip(1).map(RoadmapOutline.Topic::id).toList());
        assertThat(after.stages().get(1).topics()).extracting(RoadmapOutline.Topic::id).startsWith(
                second.topics().get(0).id(), moving.id(), second.topics().get(1).id());
        assertThat(after.stages().get(1).topics().get(1).state().status()).as("its progress goes with it")
                .isEqualTo(ProgressStatus.DONE);

        structure.placeTopic(moving.id(), second.id(), null);
        assertThat(roadmapService.outline(key).stages().get(1).topics()).last()
                .extracting(RoadmapOutline.Topic::id).isEqualTo(moving.id());

        structure.placeStage(before.stages().get(3).id(), first.id());
        assertThat(roadmapService.outline(key).stages()).extracting(RoadmapOutline.Stage::key).containsExactly(
                before.stages().get(3).key(), first.key(), second.key(), before.stages().get(2).key());
    }

    @Test
    void nobodyEditsAnotherPersonsRoadmapOrTheBuiltInOne() {
        accounts.signUpAndLogIn("owner2@example.com");
        String key = customRoadmaps.fork(BUILT_IN);
        RoadmapOutline own = roadmapService.outline(key);
        long topicId = own.stages().get(0).topics().get(0).id();
        long stageId = own.stages().get(1).id();
        TopicDraft draft = structure.topicDraft(topicId, Locale.ENGLISH);

        accounts.signUpAndLogIn("intruder2@example.com");
        assertThatThrownBy(() -> structure.topicDraft(topicId, Locale.ENGLISH)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> structure.saveTopic(draft, Locale.ENGLISH)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> structure.placeTopic(topicId, stageId, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> structure.roadmapDraft(key, Locale.ENGLISH)).isInstanceOf(NotFoundException.class);
        String mine = customRoadmaps.fork(BUILT_IN);
        long myStage = roadmapService.outline(mine).stages().get(0).id();
        assertThatThrownBy(() -> structure.placeTopic(topicId, myStage, null)).isInstanceOf(NotFoundException.class);
        RoadmapOutline builtIn = roadmapService.outline(BUILT_IN);
        long builtInTopic = builtIn.stages().get(0).topics().get(0).id();
        assertThatThrownBy(() -> structure.topicDraft(builtInTopic, Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> structure.placeStage(builtIn.stages().get(1).id(), null))
                .isInstanceOf(AccessDeniedException.class);

        accounts.logIn("owner2@example.com", AccountFixtures.PASSWORD);
        assertThat(structure.topicDraft(topicId, Locale.ENGLISH)).isEqualTo(draft);
        assertThat(roadmapService.outline(key).stages()).extracting(RoadmapOutline.Stage::id)
                .containsExactlyElementsOf(own.stages().stream().map(RoadmapOutline.Stage::id).toList());
    }

    private void assertRefused(TopicDraft draft, String field, String messageKey) {
        assertThatThrownBy(() -> structure.saveTopic(draft, Locale.KOREAN))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.problems().get(0).field()).isEqualTo(field);
                    assertThat(refused.problems().get(0).messageKey()).isEqualTo(messageKey);
                });
    }
}
