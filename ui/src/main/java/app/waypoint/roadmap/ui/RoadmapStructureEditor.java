package app.waypoint.roadmap.ui;

import app.waypoint.base.ui.ConfirmDelete;
import app.waypoint.base.ui.KoreanParticles;
import app.waypoint.base.ui.Refusals;
import app.waypoint.base.ui.Texts;
import app.waypoint.roadmap.service.RoadmapOutline;
import app.waypoint.roadmap.service.RoadmapStructureService;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Editing one's own roadmap in place: its title and description; stages with their months; topics with their
 * description, sub-topics and resources; adding, deleting (asks first) and reordering both, by drag on a computer
 * and by the arrows on a phone or keyboard; moving a topic to another stage. After a change {@code reread} reads
 * the roadmap again (and the page refreshes its figures); the editor then shows anew only the stages that changed,
 * or the list of stages when one was added, moved or deleted.
 */
class RoadmapStructureEditor extends Composite<Div> {

    /** What is being dragged: a stage or a topic, by id. */
    record Dragged(long id, boolean stage) {
    }

    private final RoadmapStructureService structure;
    private final Supplier<RoadmapOutline> reread;
    /** Each stage's box by stage id, in the roadmap's order; the add-stage button comes after them. */
    final Map<Long, Div> boxes = new LinkedHashMap<>();
    /** Each topic's row by topic id, for the stages shown. */
    final Map<Long, Div> topicRows = new LinkedHashMap<>();
    private RoadmapOutline outline;

    RoadmapStructureEditor(RoadmapStructureService structure, RoadmapOutline outline,
                           Supplier<RoadmapOutline> reread, Runnable detailsChanged) {
        this.structure = structure;
        this.reread = reread;
        this.outline = outline;
        Div editor = getContent();
        editor.addClassName("structure-editor");
        Button details = new Button(getTranslation("roadmap.edit.details"), VaadinIcon.EDIT.create(),
                click -> new RoadmapDetailsDialog(structure, outline.key(), () -> {
                    this.outline = reread.get();
                    detailsChanged.run();
                }).open());
        details.setId("edit-details");
        Paragraph hint = new Paragraph(getTranslation("roadmap.edit.drag-hint"));
        hint.addClassName("hint");
        Button addStage = new Button(getTranslation("roadmap.custom.add-stage"), VaadinIcon.PLUS.create(),
                click -> new TitleDialog(getTranslation("roadmap.custom.add-stage"), "", getTranslation("action.add"),
                        title -> {
                            structure.addStage(outline.key(), title);
                            showStages(reread.get());
                        }).open());
        addStage.setId("add-stage");
        editor.add(details, hint, addStage);
        showStages(outline);
    }

    /** Shows every stage anew, for a change to the list of stages itself. */
    private void showStages(RoadmapOutline fresh) {
        outline = fresh;
        boxes.values().forEach(getContent()::remove);
        boxes.clear();
        topicRows.clear();
        int at = getContent().getComponentCount() - 1; // before the add-stage button
        for (RoadmapOutline.Stage stage : fresh.stages()) {
            Div box = stageBox(stage);
            getContent().addComponentAtIndex(at++, box);
            boxes.put(stage.id(), box);
        }
    }

    /** Shows the given stages anew after a change inside them; if one is gone meanwhile, the list of stages. */
    private void showStagesOf(long... stageIds) {
        RoadmapOutline fresh = reread.get();
        for (long stageId : stageIds) {
            RoadmapOutline.Stage stage = fresh.stages().stream().filter(one -> one.id() == stageId).findFirst()
                    .orElse(null);
            if (stage == null || !boxes.containsKey(stageId)) {
                showStages(fresh);
                return;
            }
        }
        outline = fresh;
        for (long stageId : stageIds) {
            RoadmapOutline.Stage stage = fresh.stages().stream().filter(one -> one.id() == stageId).findFirst()
                    .orElseThrow();
            Div box = stageBox(stage);
            getContent().replace(boxes.get(stageId), box);
            boxes.put(stageId, box);
        }
    }

    private Div stageBox(RoadmapOutline.Stage stage) {
        Div stageBox = new Div(stageRow(stage));
        stageBox.addClassNames("card", "edit-stage");
        stageBox.setId("edit-" + stage.key());
        stage.topics().forEach(topic -> {
            Div row = topicRow(topic, stage);
            topicRows.put(topic.id(), row);
            stageBox.add(row);
        });
        Button addTopic = new Button(getTranslation("roadmap.custom.add-topic"), VaadinIcon.PLUS.create(),
                click -> new TitleDialog(getTranslation("roadmap.custom.add-topic"), "", getTranslation("action.add"),
                        title -> {
                            structure.addTopic(stage.id(), title);
                            showStagesOf(stage.id());
                        }).open());
        addTopic.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        stageBox.add(addTopic);
        draggable(stageBox, new Dragged(stage.id(), true));
        DropTarget.create(stageBox).addDropListener(drop -> dragged(drop.getDragSourceComponent().orElse(null))
                .ifPresent(what -> dropped(what, stage.id(), null)));
        return stageBox;
    }

    private Div stageRow(RoadmapOutline.Stage stage) {
        Runnable listChanged = () -> showStages(reread.get());
        String title = Texts.of(stage.title());
        Button edit = icon(VaadinIcon.EDIT, "roadmap.edit.edit-stage", click ->
                new StageDialog(structure, stage.id(), () -> showStagesOf(stage.id())).open());
        Button[] moves = moves(stage.id(), listChanged);
        return row(title, "stage-row", edit, moves[0], moves[1], deleteButton(stage.id(), title, listChanged));
    }

    private Div topicRow(RoadmapOutline.Topic topic, RoadmapOutline.Stage stage) {
        Runnable stageChanged = () -> showStagesOf(stage.id());
        String title = Texts.of(topic.title());
        Button edit = icon(VaadinIcon.EDIT, "roadmap.edit.edit-topic", click ->
                new TopicDialog(structure, topic.id(), stageChanged).open());
        Button[] moves = moves(topic.id(), stageChanged);
        Div row = row(title, "topic-row", edit, moveToStage(topic, stage), moves[0], moves[1],
                deleteButton(topic.id(), title, stageChanged));
        row.setId("edit-" + topic.key());
        draggable(row, new Dragged(topic.id(), false));
        DropTarget.create(row).addDropListener(drop -> dragged(drop.getDragSourceComponent().orElse(null))
                .ifPresent(what -> dropped(what, stage.id(), topic.id())));
        return row;
    }

    /**
     * What a drop does: a topic goes before the topic it was dropped on (last, when dropped on a stage); a stage
     * goes before the stage it was dropped on or in.
     */
    void dropped(Dragged what, long stageId, Long beforeTopicId) {
        if (what.stage()) {
            if (what.id() != stageId) {
                Refusals.attempt(() -> structure.placeStage(what.id(), stageId));
                showStages(reread.get());
            }
            return;
        }
        if (beforeTopicId != null && beforeTopicId == what.id()) {
            return;
        }
        long fromStage = stageOf(what.id());
        Refusals.attempt(() -> structure.placeTopic(what.id(), stageId, beforeTopicId));
        if (fromStage == stageId) {
            showStagesOf(stageId);
        } else {
            showStagesOf(fromStage, stageId);
        }
    }

    private long stageOf(long topicId) {
        return outline.stages().stream().filter(stage -> stage.topics().stream().anyMatch(t -> t.id() == topicId))
                .findFirst().map(RoadmapOutline.Stage::id).orElse(-1L);
    }

    private static void draggable(Component component, Dragged what) {
        ComponentUtil.setData(component, Dragged.class, what);
        DragSource.create(component);
    }

    private static Optional<Dragged> dragged(Component source) {
        return Optional.ofNullable(source).map(component -> ComponentUtil.getData(component, Dragged.class));
    }

    /** A menu of the other stages, for phones and keyboards, where dragging is not at hand. */
    private Component moveToStage(RoadmapOutline.Topic topic, RoadmapOutline.Stage current) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        MenuItem root = menu.addItem(VaadinIcon.EXCHANGE.create());
        root.setAriaLabel(getTranslation("roadmap.edit.move-to-stage"));
        menu.setTooltipText(root, getTranslation("roadmap.edit.move-to-stage"));
        outline.stages().stream().filter(stage -> stage.id() != current.id()).forEach(stage -> {
            String title = Texts.of(stage.title());
            root.getSubMenu().addItem(getTranslation("roadmap.edit.move-to", title, KoreanParticles.direction(title)),
                    click -> dropped(new Dragged(topic.id(), false), stage.id(), null));
        });
        menu.setVisible(outline.stages().size() > 1);
        return menu;
    }

    private Button[] moves(long nodeId, Runnable changed) {
        Button up = icon(VaadinIcon.ARROW_UP, "roadmap.custom.move-up", click -> {
            Refusals.attempt(() -> structure.move(nodeId, -1));
            changed.run();
        });
        Button down = icon(VaadinIcon.ARROW_DOWN, "roadmap.custom.move-down", click -> {
            Refusals.attempt(() -> structure.move(nodeId, 1));
            changed.run();
        });
        return new Button[] {up, down};
    }

    private Button deleteButton(long nodeId, String title, Runnable changed) {
        Button delete = icon(VaadinIcon.TRASH, "roadmap.custom.delete", click -> ConfirmDelete.open(
                getTranslation("roadmap.custom.delete.header", title, KoreanParticles.object(title)),
                getTranslation("roadmap.custom.delete.text"), () -> {
                    Refusals.attempt(() -> structure.delete(nodeId));
                    changed.run();
                }));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return delete;
    }

    private Div row(String title, String className, Component... actions) {
        Span name = new Span(title);
        name.addClassName("edit-title");
        Div row = new Div(name);
        row.add(actions);
        row.addClassNames("edit-row", className);
        return row;
    }

    private Button icon(VaadinIcon icon, String labelKey, ComponentEventListener<ClickEvent<Button>> click) {
        Button button = new Button(icon.create(), click);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }
}
