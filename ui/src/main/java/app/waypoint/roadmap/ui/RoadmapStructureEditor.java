package app.waypoint.roadmap.ui;

import app.waypoint.base.ui.KoreanParticles;
import app.waypoint.base.ui.Texts;
import app.waypoint.roadmap.service.CustomRoadmapService;
import app.waypoint.roadmap.service.RoadmapOutline;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import app.waypoint.base.ui.ConfirmDelete;
import app.waypoint.base.ui.Refusals;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Editing the structure of one's own roadmap: add, rename, reorder and delete stages and topics. Deleting
 * asks first. After a change {@code reread} reads the roadmap again (and the page refreshes its figures); the
 * editor then shows anew only the stage that changed, or the list of stages when one was added, moved or deleted.
 */
class RoadmapStructureEditor extends Composite<Div> {

    private final CustomRoadmapService customRoadmaps;
    private final Supplier<RoadmapOutline> reread;
    /** Each stage's box by stage id, in the roadmap's order; the add-stage button comes after them. */
    private final Map<Long, Div> boxes = new LinkedHashMap<>();

    RoadmapStructureEditor(CustomRoadmapService customRoadmaps, RoadmapOutline outline,
                           Supplier<RoadmapOutline> reread) {
        this.customRoadmaps = customRoadmaps;
        this.reread = reread;
        Div editor = getContent();
        editor.addClassName("structure-editor");
        Button addStage = new Button(getTranslation("roadmap.custom.add-stage"), VaadinIcon.PLUS.create(),
                click -> new TitleDialog(getTranslation("roadmap.custom.add-stage"), "", getTranslation("action.add"),
                        title -> {
                            customRoadmaps.addStage(outline.key(), title);
                            showStages(reread.get());
                        }).open());
        addStage.setId("add-stage");
        editor.add(addStage);
        showStages(outline);
    }

    /** Shows every stage anew, for a change to the list of stages itself. */
    private void showStages(RoadmapOutline outline) {
        boxes.values().forEach(getContent()::remove);
        boxes.clear();
        for (RoadmapOutline.Stage stage : outline.stages()) {
            Div box = stageBox(stage);
            getContent().addComponentAtIndex(boxes.size(), box);
            boxes.put(stage.id(), box);
        }
    }

    /** Shows one stage anew after a change inside it; if it is gone meanwhile, the list of stages. */
    private void showStage(long stageId) {
        RoadmapOutline outline = reread.get();
        outline.stages().stream().filter(stage -> stage.id() == stageId).findFirst().ifPresentOrElse(stage -> {
            Div box = stageBox(stage);
            getContent().replace(boxes.get(stageId), box);
            boxes.put(stageId, box);
        }, () -> showStages(outline));
    }

    private Div stageBox(RoadmapOutline.Stage stage) {
        Div stageBox = new Div(row(stage.id(), Texts.of(stage.title()), stage.id(), true));
        stageBox.addClassNames("card", "edit-stage");
        stage.topics().forEach(topic -> stageBox.add(row(topic.id(), Texts.of(topic.title()), stage.id(), false)));
        Button addTopic = new Button(getTranslation("roadmap.custom.add-topic"), VaadinIcon.PLUS.create(),
                click -> new TitleDialog(getTranslation("roadmap.custom.add-topic"), "", getTranslation("action.add"),
                        title -> {
                            customRoadmaps.addTopic(stage.id(), title);
                            showStage(stage.id());
                        }).open());
        addTopic.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        stageBox.add(addTopic);
        return stageBox;
    }

    /**
     * A stage's or topic's row. A topic's changes show anew its stage; moving or deleting a stage changes the list
     * of stages, renaming one only its own box.
     */
    private Div row(long nodeId, String title, long stageId, boolean isStage) {
        Runnable stageChanged = () -> showStage(stageId);
        Runnable listChanged = isStage ? () -> showStages(reread.get()) : stageChanged;
        Span name = new Span(title);
        name.addClassName("edit-title");
        Button rename = icon(VaadinIcon.EDIT, "roadmap.custom.rename", click ->
                new TitleDialog(getTranslation("roadmap.custom.rename"), title, getTranslation("action.save"), newTitle -> {
                    customRoadmaps.rename(nodeId, newTitle, UI.getCurrent().getLocale());
                    stageChanged.run();
                }).open());
        Button up = icon(VaadinIcon.ARROW_UP, "roadmap.custom.move-up", click -> {
            Refusals.attempt(() -> customRoadmaps.move(nodeId, -1));
            listChanged.run();
        });
        Button down = icon(VaadinIcon.ARROW_DOWN, "roadmap.custom.move-down", click -> {
            Refusals.attempt(() -> customRoadmaps.move(nodeId, 1));
            listChanged.run();
        });
        Button delete = icon(VaadinIcon.TRASH, "roadmap.custom.delete", click -> confirmDelete(nodeId, title,
                listChanged));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div row = new Div(name, rename, up, down, delete);
        row.addClassNames("edit-row", isStage ? "stage-row" : "topic-row");
        return row;
    }

    private void confirmDelete(long nodeId, String title, Runnable changed) {
        ConfirmDelete.open(getTranslation("roadmap.custom.delete.header", title, KoreanParticles.object(title)),
                getTranslation("roadmap.custom.delete.text"), () -> {
                    Refusals.attempt(() -> customRoadmaps.delete(nodeId));
                    changed.run();
                });
    }

    private Button icon(VaadinIcon icon, String labelKey, ComponentEventListener<ClickEvent<Button>> click) {
        Button button = new Button(icon.create(), click);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }
}
