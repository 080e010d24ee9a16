package app.waypoint.roadmap.ui;

import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.roadmap.service.RoadmapOutline;
import app.waypoint.roadmap.service.RoadmapService;
import app.waypoint.roadmap.service.RoadmapStructureService;
import app.waypoint.roadmap.service.RoadmapSummary;
import app.waypoint.roadmap.service.TopicDraft;
import app.waypoint.roadmap.domain.ProgressStatus;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.dnd.DropEvent;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.menubar.MenuBar;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class CustomRoadmapViewTest extends KaribuTest {

    @Autowired RoadmapService roadmapService;
    @Autowired RoadmapStructureService structure;

    @BeforeEach
    void signIn() {
        signUpAndLogIn("custom@example.com", Language.EN);
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("roadmaps");
    }

    @Test
    void aBlankRoadmapGetsStagesAndTopicsFromTheEditor() {
        _click(_get(RoadmapsView.class).newRoadmap);
        TitleDialog create = _get(TitleDialog.class);
        _setValue(create.title, "My MLOps path");
        _click(create.confirm);

        RoadmapView view = _get(RoadmapView.class);
        _click(view.editStructure);
        _click(_get(Button.class, spec -> spec.withId("add-stage")));
        TitleDialog stage = _get(TitleDialog.class);
        _setValue(stage.title, "Serving models");
        _click(stage.confirm);
        _click(_get(Button.class, spec -> spec.withText("Add topic")));
        TitleDialog topic = _get(TitleDialog.class);
        _setValue(topic.title, "");
        _click(topic.confirm);
        assertThat(topic.title.getErrorMessage()).isEqualTo("Enter a title.");
        _setValue(topic.title, "FastAPI + ONNX");
        _click(topic.confirm);

        String key = roadmapService.visibleRoadmaps().stream().filter(roadmap -> !roadmap.builtIn())
                .map(RoadmapSummary::key).findFirst().orElseThrow();
        assertThat(roadmapService.outline(key).stages().get(0).topics()).extracting(t -> t.title().en())
                .containsExactly("FastAPI + ONNX");
    }

    @Test
    void deletingAsksFirst() {
        _click(_get(Button.class, spec -> spec.withText("Make my own copy")));
        RoadmapView view = _get(RoadmapView.class);
        _click(view.editStructure);
        _click(_find(Button.class, spec -> spec.withAttribute("aria-label", "Delete")).get(0));

        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("header")).startsWith("Delete \"Foundations\"");
        String key = roadmapService.visibleRoadmaps().stream().filter(roadmap -> !roadmap.builtIn())
                .map(RoadmapSummary::key).findFirst().orElseThrow();
        assertThat(roadmapService.outline(key).stages()).as("nothing deleted before confirming").hasSize(4);

        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        assertThat(roadmapService.outline(key).stages()).hasSize(3);
    }

    @Test
    void editingTheStructureKeepsWhatIsTypedInTheTopicsAndShowsTheNewFigures() {
        _click(_get(Button.class, spec -> spec.withText("Make my own copy")));
        RoadmapView view = _get(RoadmapView.class);
        String key = roadmapService.visibleRoadmaps().stream().filter(roadmap -> !roadmap.builtIn())
                .map(RoadmapSummary::key).findFirst().orElseThrow();
        RoadmapOutline before = roadmapService.outline(key);
        TopicCard first = view.cards.get(before.stages().get(0).topics().get(0).id());
        assertThat(view.cards).as("a stage's cards are made when it opens")
                .doesNotContainKey(before.stages().get(1).topics().get(0).id());
        _get(Details.class, spec -> spec.withId("stage-" + before.stages().get(1).key())).setOpened(true);
        TopicCard second = view.cards.get(before.stages().get(1).topics().get(0).id());
        first.personal.setOpened(true);
        second.personal.setOpened(true);
        _setValue(first.linkUrl, "https://github.com/me/rag-demo");
        _setValue(second.linkUrl, "https://github.com/me/half-typed");

        _click(view.editStructure);
        _click(_find(Button.class, spec -> spec.withText("Add topic")).get(1));
        TitleDialog topic = _get(TitleDialog.class);
        _setValue(topic.title, "Triton inference server");
        _click(topic.confirm);
        assertThat(view.overallText.getText()).as("the figures follow while editing")
                .isEqualTo(overall(roadmapService.outline(key)));
        Div lastStage = _find(Div.class, spec -> spec.withClasses("stage-row")).get(3);
        _click(_get(lastStage, Button.class, spec -> spec.withAttribute("aria-label", "Delete")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        _click(view.editStructure);

        RoadmapOutline after = roadmapService.outline(key);
        assertThat(after.stages()).hasSize(3);
        assertThat(view.cards.get(first.topic.id())).isSameAs(first);
        assertThat(first.linkUrl.getValue()).isEqualTo("https://github.com/me/rag-demo");
        assertThat(view.cards.get(second.topic.id())).as("kept in the stage that got a topic").isSameAs(second);
        assertThat(second.linkUrl.getValue()).isEqualTo("https://github.com/me/half-typed");
        assertThat(view.cards).containsKey(after.stages().get(1).topics().getLast().id())
                .as("the cards of the two stages open before, which stay open")
                .hasSize(after.stages().get(0).topics().size() + after.stages().get(1).topics().size());
        assertThat(view.overallText.getText()).isEqualTo(overall(after));
    }

    @Test
    void aTopicIsEditedInTheAppAndItsCardShowsTheNewContentAfterwards() {
        RoadmapView view = forkAndEdit();
        RoadmapOutline.Topic topic = roadmapService.outline(ownKey()).stages().get(0).topics().get(0);
        roadmapService.changeStatus(topic.subtopics().get(1).id(), ProgressStatus.DONE);
        TopicCard before = view.cards.get(topic.id());

        _click(_get(topicRow(topic.id()), Button.class, spec -> spec.withAttribute("aria-label", "Edit topic")));
        TopicDialog dialog = _get(TopicDialog.class);
        assertThat(dialog.title.getValue()).isEqualTo(topic.title().en());
        assertThat(dialog.subtopics.getValue().lines()).hasSize(topic.subtopics().size());
        _setValue(dialog.description, "Typing, testing and packaging.");
        _setValue(dialog.subtopics, topic.subtopics().get(1).title().en() + "\nPackaging with uv");
        _setValue(dialog.resources, "Link: The Python tutorial https://docs.python.org/3/tutorial/\nFluent Python");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        _click(view.editStructure);

        TopicCard after = view.cards.get(topic.id());
        assertThat(after).as("a card whose topic changed is made anew").isNotSameAs(before);
        String text = after.getElement().getTextRecursively();
        assertThat(text).contains("Typing, testing and packaging.", "Link: The Python tutorial", "Book: Fluent Python",
                "Sub-topics · 1 of 2 done");
    }

    @Test
    void badTopicInputIsMarkedAtItsFieldAndAConflictKeepsWhatWasTyped() {
        forkAndEdit();
        long topicId = roadmapService.outline(ownKey()).stages().get(0).topics().get(0).id();
        _click(_get(topicRow(topicId), Button.class, spec -> spec.withAttribute("aria-label", "Edit topic")));
        TopicDialog dialog = _get(TopicDialog.class);

        _setValue(dialog.subtopics, "Same\nSame");
        _click(dialog.save);
        assertThat(dialog.subtopics.isInvalid()).isTrue();
        assertThat(dialog.subtopics.getErrorMessage()).isEqualTo("Each sub-topic can be listed once.");
        _setValue(dialog.subtopics, "Only one");
        _setValue(dialog.resources, "Link: Shady javascript:alert(1)x https://");
        _click(dialog.save);
        assertThat(dialog.resources.getErrorMessage()).startsWith("A resource's address must be");
        assertThat(dialog.isOpened()).isTrue();

        TopicDraft otherTab = structure.topicDraft(topicId, Locale.ENGLISH);
        structure.saveTopic(new TopicDraft(topicId, "Saved in another tab", null, List.of(), List.of(),
                otherTab.version()), Locale.ENGLISH);
        _setValue(dialog.resources, "");
        _click(dialog.save);
        NotificationsKt.expectNotifications(
                "This changed in another tab meanwhile. What you typed is still here; save again to replace that version.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.subtopics.getValue()).isEqualTo("Only one");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(structure.topicDraft(topicId, Locale.ENGLISH).subtopics()).containsExactly("Only one");
    }

    @Test
    void stagesAndTheRoadmapItselfAreEditedAndTopicsMoveToAnotherStageByMenuOrDrop() {
        RoadmapView view = forkAndEdit();
        RoadmapOutline before = roadmapService.outline(ownKey());
        RoadmapOutline.Stage first = before.stages().get(0);
        RoadmapOutline.Stage last = before.stages().get(3);

        _click(_get(Button.class, spec -> spec.withId("edit-details")));
        RoadmapDetailsDialog details = _get(RoadmapDetailsDialog.class);
        _setValue(details.title, "My AI backend path");
        _click(details.save);
        assertThat(_get(view, H1.class).getText()).isEqualTo("My AI backend path");

        Div stageRow = _find(Div.class, spec -> spec.withClasses("stage-row")).get(0);
        _click(_get(stageRow, Button.class, spec -> spec.withAttribute("aria-label", "Edit stage")));
        StageDialog stage = _get(StageDialog.class);
        _setValue(stage.minMonths, 4);
        _setValue(stage.maxMonths, 2);
        _click(stage.save);
        assertThat(stage.minMonths.isInvalid()).isTrue();
        _setValue(stage.maxMonths, 5);
        _click(stage.save);
        assertThat(roadmapService.outline(ownKey()).stages().get(0).maxMonths()).isEqualTo(5);

        long moved = first.topics().get(0).id();
        ContextMenuKt._clickItemWithCaption(_get(topicRow(moved), MenuBar.class),
                "Move to \"" + last.title().en() + "\"");
        assertThat(roadmapService.outline(ownKey()).stages().get(3).topics()).last()
                .extracting(RoadmapOutline.Topic::id).isEqualTo(moved);

        long dragged = first.topics().get(1).id();
        long target = last.topics().get(0).id();
        UI.getCurrent().getInternals().setActiveDragSourceComponent(topicRow(dragged));
        Div dropOn = topicRow(target);
        ComponentUtil.fireEvent(dropOn, new DropEvent<>(dropOn, true, "move"));
        assertThat(roadmapService.outline(ownKey()).stages().get(3).topics()).extracting(RoadmapOutline.Topic::id)
                .as("dropped on a topic, it goes before it").startsWith(dragged, target);

        UI.getCurrent().getInternals().setActiveDragSourceComponent(editor().boxes.get(last.id()));
        Div firstBox = editor().boxes.get(first.id());
        ComponentUtil.fireEvent(firstBox, new DropEvent<>(firstBox, true, "move"));
        assertThat(roadmapService.outline(ownKey()).stages()).extracting(RoadmapOutline.Stage::id)
                .as("a stage dropped on another goes before it").startsWith(last.id(), first.id());
    }

    private RoadmapView forkAndEdit() {
        _click(_get(Button.class, spec -> spec.withText("Make my own copy")));
        RoadmapView view = _get(RoadmapView.class);
        _click(view.editStructure);
        return view;
    }

    private RoadmapStructureEditor editor() {
        return _get(RoadmapStructureEditor.class);
    }

    private Div topicRow(long topicId) {
        return editor().topicRows.get(topicId);
    }

    private String ownKey() {
        return roadmapService.visibleRoadmaps().stream().filter(roadmap -> !roadmap.builtIn())
                .map(RoadmapSummary::key).findFirst().orElseThrow();
    }

    private static String overall(RoadmapOutline outline) {
        return "%d%% done · %d of %d topics".formatted(outline.progress().percent(), outline.progress().done(),
                outline.progress().counted());
    }

    @Test
    void aWholeRoadmapIsDeletedOnlyAfterConfirming() {
        _click(_get(Button.class, spec -> spec.withText("Make my own copy")));
        _click(_get(RoadmapView.class).editStructure);
        _click(_get(Button.class, spec -> spec.withId("delete-roadmap")));
        assertThat(roadmapService.visibleRoadmaps()).hasSize(2);

        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));

        assertThat(roadmapService.visibleRoadmaps()).extracting(RoadmapSummary::builtIn).containsExactly(true);
        NavigatorKt.expectView(RoadmapsView.class);
    }

    @Test
    void aBadFileIsExplainedAndImportsNothing() {
        _click(_get(RoadmapsView.class).importRoadmap);
        ImportDialog dialog = _get(ImportDialog.class);

        dialog.importFile("broken.yaml", "stages:\n  - key: Not A Key\n    title: {ko: a, en: b}\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(_find(dialog.problems, ListItem.class)).extracting(ListItem::getText)
                .containsExactly("title: This value is missing.",
                        "stages[0].key: A key uses lowercase letters, digits and hyphens (at most 80). (Not A Key)");
        assertThat(roadmapService.visibleRoadmaps()).hasSize(1);
    }

    @Test
    void aGoodFileOpensAsANewRoadmap() {
        _click(_get(RoadmapsView.class).importRoadmap);
        ImportDialog dialog = _get(ImportDialog.class);

        dialog.importFile("mine.json", """
                {"title": {"ko": "내 계획", "en": "My plan"},
                 "stages": [{"key": "one", "title": {"ko": "하나", "en": "One"}}]}""".getBytes(StandardCharsets.UTF_8));

        NavigatorKt.expectView(RoadmapView.class);
        assertThat(roadmapService.visibleRoadmaps()).hasSize(2);
    }
}
