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

/**
 * Editing the structure of one's own roadmap: add, rename, reorder and delete stages and topics. Deleting
 * asks first. {@code onChange} redraws the page after every change.
 */
class RoadmapStructureEditor extends Composite<Div> {

    private final CustomRoadmapService customRoadmaps;
    private final Runnable onChange;

    RoadmapStructureEditor(CustomRoadmapService customRoadmaps, RoadmapOutline outline, Runnable onChange) {
        this.customRoadmaps = customRoadmaps;
        this.onChange = onChange;
        Div editor = getContent();
        editor.addClassName("structure-editor");
        for (RoadmapOutline.Stage stage : outline.stages()) {
            Div stageBox = new Div(row(stage.id(), Texts.of(stage.title()), "stage-row"));
            stageBox.addClassNames("card", "edit-stage");
            stage.topics().forEach(topic -> stageBox.add(row(topic.id(), Texts.of(topic.title()), "topic-row")));
            Button addTopic = new Button(getTranslation("roadmap.custom.add-topic"), VaadinIcon.PLUS.create(),
                    click -> new TitleDialog(getTranslation("roadmap.custom.add-topic"), "", getTranslation("action.add"),
                            title -> {
                                customRoadmaps.addTopic(stage.id(), title);
                                onChange.run();
                            }).open());
            addTopic.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            stageBox.add(addTopic);
            editor.add(stageBox);
        }
        Button addStage = new Button(getTranslation("roadmap.custom.add-stage"), VaadinIcon.PLUS.create(),
                click -> new TitleDialog(getTranslation("roadmap.custom.add-stage"), "", getTranslation("action.add"),
                        title -> {
                            customRoadmaps.addStage(outline.key(), title);
                            onChange.run();
                        }).open());
        addStage.setId("add-stage");
        editor.add(addStage);
    }

    private Div row(long nodeId, String title, String className) {
        Span name = new Span(title);
        name.addClassName("edit-title");
        Button rename = icon(VaadinIcon.EDIT, "roadmap.custom.rename", click ->
                new TitleDialog(getTranslation("roadmap.custom.rename"), title, getTranslation("action.save"), newTitle -> {
                    customRoadmaps.rename(nodeId, newTitle, UI.getCurrent().getLocale());
                    onChange.run();
                }).open());
        Button up = icon(VaadinIcon.ARROW_UP, "roadmap.custom.move-up", click -> {
            Refusals.attempt(() -> customRoadmaps.move(nodeId, -1));
            onChange.run();
        });
        Button down = icon(VaadinIcon.ARROW_DOWN, "roadmap.custom.move-down", click -> {
            Refusals.attempt(() -> customRoadmaps.move(nodeId, 1));
            onChange.run();
        });
        Button delete = icon(VaadinIcon.TRASH, "roadmap.custom.delete", click -> confirmDelete(nodeId, title));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div row = new Div(name, rename, up, down, delete);
        row.addClassNames("edit-row", className);
        return row;
    }

    private void confirmDelete(long nodeId, String title) {
        ConfirmDelete.open(getTranslation("roadmap.custom.delete.header", title, KoreanParticles.object(title)),
                getTranslation("roadmap.custom.delete.text"), () -> {
                    Refusals.attempt(() -> customRoadmaps.delete(nodeId));
                    onChange.run();
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
