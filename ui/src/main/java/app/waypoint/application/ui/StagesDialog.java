package app.waypoint.application.ui;

import app.waypoint.application.service.ApplicationService;
import app.waypoint.application.service.StageView;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.ui.Conflicts;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.base.ui.Notifications;
import app.waypoint.base.ui.Refusals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;
import java.util.Map;

/**
 * The person's own stages: rename one and set its silence limit, move it up or down, delete an empty one, add one.
 * Each change is saved at once and shown; {@code changed} lets the page behind show it too.
 */
class StagesDialog extends Dialog {

    final Div rows = new Div();
    final TextField newName = new TextField();
    final Button addStage = new Button();

    private final ApplicationService service;
    private final Runnable changed;

    StagesDialog(ApplicationService service, Runnable changed) {
        this.service = service;
        this.changed = changed;
        setHeaderTitle(getTranslation("stages.title"));
        Paragraph hint = new Paragraph(getTranslation("stages.hint"));
        hint.addClassName("hint");
        rows.addClassName("stage-rows");
        newName.setPlaceholder(getTranslation("stages.new"));
        newName.setAriaLabel(getTranslation("stages.new"));
        addStage.setText(getTranslation("action.add"));
        addStage.addClickListener(click -> {
            try {
                service.addStage(newName.getValue(), null);
                newName.clear();
                FormErrors.clear(Map.of("name", newName));
                show();
            } catch (InvalidInputException invalid) {
                FormErrors.show(invalid, Map.of("name", newName), this);
            }
        });
        Div add = new Div(newName, addStage);
        add.addClassName("evidence-add");
        add(hint, rows, add);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
        setWidth("min(36rem, 100vw)");
        show();
    }

    private void show() {
        rows.removeAll();
        List<StageView> stages = service.stages();
        for (int i = 0; i < stages.size(); i++) {
            rows.add(row(stages.get(i), i == 0, i == stages.size() - 1));
        }
        changed.run();
    }

    private Div row(StageView stage, boolean first, boolean last) {
        TextField name = new TextField();
        name.setValue(stage.name());
        name.setAriaLabel(getTranslation("stages.name"));
        IntegerField silence = new IntegerField();
        silence.setValue(stage.silenceDays());
        silence.setPlaceholder("—");
        silence.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("stages.days")));
        silence.setAriaLabel(getTranslation("stages.silence"));
        silence.setTooltipText(getTranslation("stages.silence"));
        long[] version = {stage.version()};
        Button save = new Button(VaadinIcon.CHECK.create(), click -> {
            try {
                if (Conflicts.attempt(() -> service.changeStage(stage.id(), name.getValue(), silence.getValue(),
                        version[0]), "stages.conflict", () -> version[0] = service.stages().stream()
                        .filter(now -> now.id() == stage.id()).findFirst().map(StageView::version)
                        .orElse(version[0]))) {
                    Notifications.success(getTranslation("stages.saved"));
                    show();
                }
            } catch (InvalidInputException invalid) {
                FormErrors.show(invalid, Map.of("name", name, "silenceDays", silence), this);
            }
        });
        save.setAriaLabel(getTranslation("action.save"));
        Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> {
            service.moveStage(stage.id(), -1);
            show();
        });
        up.setAriaLabel(getTranslation("stages.up", stage.name()));
        up.setEnabled(!first);
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> {
            service.moveStage(stage.id(), 1);
            show();
        });
        down.setAriaLabel(getTranslation("stages.down", stage.name()));
        down.setEnabled(!last);
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> {
            Refusals.attempt(() -> service.deleteStage(stage.id()));
            show();
        });
        delete.setAriaLabel(getTranslation("stages.delete", stage.name()));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button button : List.of(save, up, down, delete)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        }
        Div row = new Div(name, silence, save, up, down, delete);
        row.addClassName("stage-row");
        return row;
    }
}
