package app.waypoint.roadmap.ui;

import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.ui.Conflicts;
import app.waypoint.base.ui.DateField;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.roadmap.service.PlanProjection;
import app.waypoint.roadmap.service.RoadmapService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;

import java.time.LocalDate;
import java.util.Map;

/** When the person starts and how many hours a week they study; the projection follows from it. */
class PlanDialog extends Dialog {

    final DatePicker startDate = new DateField();
    final IntegerField hoursPerWeek = new IntegerField();
    final Button save = new Button();

    PlanDialog(RoadmapService roadmapService, String roadmapKey, PlanProjection current, LocalDate today,
               Runnable onSaved) {
        setHeaderTitle(getTranslation("roadmap.plan.title"));
        startDate.setLabel(getTranslation("roadmap.plan.start"));
        startDate.setValue(current == null ? today : current.startDate());
        hoursPerWeek.setLabel(getTranslation("roadmap.plan.hours"));
        hoursPerWeek.setMin(1);
        hoursPerWeek.setMax(80);
        hoursPerWeek.setStepButtonsVisible(true);
        hoursPerWeek.setValue(current == null ? RoadmapService.DEFAULT_HOURS_PER_WEEK : current.hoursPerWeek());
        hoursPerWeek.setHelperText(getTranslation("roadmap.plan.hours.help"));
        long[] version = {current == null ? -1 : current.version()};
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                if (Conflicts.attempt(() -> roadmapService.savePlan(roadmapKey, startDate.getValue(),
                        hoursPerWeek.getValue(), version[0]), "roadmap.plan.conflict", () -> {
                    PlanProjection newer = roadmapService.outline(roadmapKey).plan();
                    version[0] = newer == null ? -1 : newer.version();
                })) {
                    onSaved.run();
                    close();
                }
            } catch (InvalidInputException invalid) {
                FormErrors.show(invalid, Map.of("startDate", startDate, "hoursPerWeek", hoursPerWeek), this);
            }
        });
        Paragraph explanation = new Paragraph(getTranslation("roadmap.plan.explanation"));
        explanation.addClassName("hint");
        FormLayout form = new FormLayout(startDate, hoursPerWeek);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(explanation, form);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("min(28rem, 100vw)");
    }
}
