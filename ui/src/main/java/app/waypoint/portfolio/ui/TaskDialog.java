package app.waypoint.portfolio.ui;

import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.base.ui.Notifications;
import app.waypoint.portfolio.service.ProjectDetails;
import app.waypoint.portfolio.service.ProjectService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Map;

/**
 * Editing one task. If another session saved it first, the save is refused with a message; the typed text
 * stays, and saving again replaces that version on purpose.
 */
class TaskDialog extends Dialog {

    final TextField title = new TextField();
    final TextArea notes = new TextArea();
    final DatePicker dueDate = new DatePicker();
    final Button save = new Button();

    TaskDialog(ProjectService projectService, long projectId, ProjectDetails.Task task, Runnable onSaved) {
        setHeaderTitle(getTranslation("project.task.edit"));
        title.setLabel(getTranslation("project.task.title"));
        title.setValue(task.title());
        notes.setLabel(getTranslation("project.task.notes"));
        notes.setValue(task.notes() == null ? "" : task.notes());
        dueDate.setLabel(getTranslation("project.milestone.due"));
        dueDate.setValue(task.dueDate());
        long[] version = {task.version()};
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                projectService.editTask(task.id(), title.getValue(), notes.getValue(), dueDate.getValue(), version[0]);
                close();
                onSaved.run();
            } catch (InvalidInputException invalid) {
                FormErrors.show(invalid, Map.of("title", title, "notes", notes), this);
            } catch (ConcurrentEditException conflict) {
                version[0] = projectService.details(projectId).tasks().stream()
                        .filter(current -> current.id() == task.id()).findFirst()
                        .map(ProjectDetails.Task::version).orElse(version[0]);
                Notifications.error(getTranslation("project.task.edit-conflict"));
            }
        });
        FormLayout form = new FormLayout(title, notes, dueDate);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("min(32rem, 100vw)");
    }
}
