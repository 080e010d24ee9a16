package app.waypoint.portfolio.ui;

import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.base.ui.Conflicts;
import app.waypoint.base.ui.DateField;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.base.ui.LengthCounter;
import app.waypoint.base.ui.Notifications;
import app.waypoint.portfolio.domain.ProjectTask;
import app.waypoint.portfolio.service.ProjectBoardService;
import app.waypoint.portfolio.service.ProjectDetails;
import app.waypoint.portfolio.service.ProjectService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Editing one task, and on a team project giving it to a member. If another session or another member saved it
 * first, the save is refused with a message; the typed text stays, and saving again replaces that version on
 * purpose. If someone deleted it meanwhile, the dialog says so and stays open with the typed text.
 */
class TaskDialog extends Dialog {

    final TextField title = new TextField();
    final TextArea notes = new TextArea();
    final DatePicker dueDate = new DateField();
    final Select<Long> assignee = new Select<>();
    final Button save = new Button();

    private final ProjectBoardService boardService;
    private final ProjectService projectService;
    private final ProjectDetails project;
    private final ProjectDetails.Task task;
    private long version;

    TaskDialog(ProjectBoardService boardService, ProjectService projectService, ProjectDetails project,
               ProjectDetails.Task task, Runnable onSaved) {
        this.boardService = boardService;
        this.projectService = projectService;
        this.project = project;
        this.task = task;
        this.version = task.version();
        setHeaderTitle(getTranslation("project.task.edit"));
        title.setLabel(getTranslation("project.task.title"));
        title.setValue(task.title());
        notes.setLabel(getTranslation("project.task.notes"));
        notes.setValue(task.notes() == null ? "" : task.notes());
        LengthCounter.attach(notes, ProjectTask.MAX_NOTES, null);
        dueDate.setLabel(getTranslation("project.milestone.due"));
        dueDate.setValue(task.dueDate());
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                if (Conflicts.attempt(this::save, "project.task.edit-conflict", this::takeNewerVersion)) {
                    close();
                    onSaved.run();
                }
            } catch (InvalidInputException invalid) {
                FormErrors.show(invalid, Map.of("title", title, "notes", notes, "assignee", assignee), this);
            } catch (NotFoundException gone) {
                Notifications.error(getTranslation("project.task.gone"));
            }
        });
        FormLayout form = new FormLayout(title, notes, dueDate);
        if (project.isTeamProject()) {
            form.add(assignee());
        }
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("min(32rem, 100vw)");
    }

    private Select<Long> assignee() {
        Map<Long, String> names = new LinkedHashMap<>();
        project.team().members().forEach(member -> names.put(member.accountId(), member.displayName()));
        assignee.setLabel(getTranslation("team.task.assignee.label"));
        assignee.setItems(new ArrayList<>(names.keySet()));
        assignee.setItemLabelGenerator(id -> id == null ? getTranslation("team.task.unassigned") : names.get(id));
        assignee.setEmptySelectionAllowed(true);
        assignee.setEmptySelectionCaption(getTranslation("team.task.unassigned"));
        assignee.setValue(task.assigneeId());
        return assignee;
    }

    private void takeNewerVersion() {
        version = projectService.details(project.id()).tasks().stream()
                .filter(current -> current.id() == task.id()).findFirst()
                .map(ProjectDetails.Task::version).orElse(version);
    }

    /** A team task's text and assignee are saved together, so a refusal never leaves half of them saved. */
    private void save() {
        version = boardService.editTask(task.id(), title.getValue(), notes.getValue(), dueDate.getValue(),
                project.isTeamProject() ? assignee.getValue() : null, version);
    }
}
