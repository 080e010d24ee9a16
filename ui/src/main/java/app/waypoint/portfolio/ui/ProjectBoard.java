package app.waypoint.portfolio.ui;

import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.base.ui.CardsInBatches;
import app.waypoint.base.ui.ConfirmDelete;
import app.waypoint.base.ui.Conflicts;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.base.ui.KoreanParticles;
import app.waypoint.base.ui.Notifications;
import app.waypoint.base.ui.Refusals;
import app.waypoint.base.ui.Texts;
import app.waypoint.portfolio.domain.TaskStatus;
import app.waypoint.portfolio.service.ProjectBoardService;
import app.waypoint.portfolio.service.ProjectDetails;
import app.waypoint.portfolio.service.ProjectService;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.textfield.TextField;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The kanban board: To do, Doing, Done. Cards are dragged between columns on a desktop; on a phone each
 * card's menu moves it. A move made on a stale board is refused with a message and the board reloads.
 */
class ProjectBoard extends Composite<Div> {

    final Map<TaskStatus, Div> columns = new EnumMap<>(TaskStatus.class);
    final TextField newTask = new TextField();
    final Button addTask = new Button();

    private final ProjectBoardService boardService;
    private final ProjectService projectService;
    private final ProjectDetails project;
    private final Runnable onChange;

    ProjectBoard(ProjectBoardService boardService, ProjectService projectService, ProjectDetails project,
                 Runnable onChange) {
        this.boardService = boardService;
        this.projectService = projectService;
        this.project = project;
        this.onChange = onChange;
        Div board = getContent();
        board.addClassName("board");
        for (TaskStatus status : TaskStatus.values()) {
            List<ProjectDetails.Task> tasks = project.tasks().stream().filter(task -> task.status() == status).toList();
            Div column = new Div(new H3(getTranslation("project.task.status." + status.name()) + " · " + tasks.size()));
            column.addClassNames("board-column", "column-" + status.name().toLowerCase());
            CardsInBatches.add(column, tasks, this::card);
            DropTarget<Div> target = DropTarget.create(column);
            target.addDropListener(drop -> drop.getDragSourceComponent()
                    .map(source -> (ProjectDetails.Task) ComponentUtil.getData(source, ProjectDetails.Task.class))
                    .ifPresent(task -> move(task, status)));
            columns.put(status, column);
            board.add(column);
        }
        newTask.setPlaceholder(getTranslation("project.task.new"));
        newTask.setAriaLabel(getTranslation("project.task.new"));
        addTask.setText(getTranslation("action.add"));
        addTask.addClickListener(click -> {
            try {
                boardService.addTask(project.id(), newTask.getValue());
                onChange.run();
            } catch (InvalidInputException invalid) {
                FormErrors.show(invalid, Map.of("title", newTask), this);
            }
        });
        Div add = new Div(newTask, addTask);
        add.addClassName("evidence-add");
        columns.get(TaskStatus.TODO).add(add);
    }

    private Div card(ProjectDetails.Task task) {
        Span title = new Span(task.title());
        title.addClassName("task-title");
        Div card = new Div(title);
        if (task.milestone() != null) {
            Span milestone = new Span(task.milestone());
            milestone.addClassName("hint");
            card.add(milestone);
        }
        if (task.dueDate() != null) {
            Span due = new Span(Texts.date(task.dueDate()));
            due.addClassName("hint");
            card.add(due);
        }
        if (task.assignee() != null) {
            Span assignee = new Span(getTranslation("team.task.assignee", task.assignee()));
            assignee.addClassNames("hint", "task-assignee");
            card.add(assignee);
        }
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        MenuItem root = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel(getTranslation("project.task.move"));
        for (TaskStatus status : TaskStatus.values()) {
            if (status != task.status()) {
                String column = getTranslation("project.task.status." + status.name());
                root.getSubMenu().addItem(getTranslation("project.task.move-to", column,
                        KoreanParticles.direction(column)), click -> move(task, status));
            }
        }
        root.getSubMenu().addItem(getTranslation("project.task.edit"), click ->
                new TaskDialog(boardService, projectService, project, task, onChange).open());
        root.getSubMenu().addItem(getTranslation("project.task.delete"), click -> delete(task));
        card.add(menu);
        card.addClassNames("task-card");
        card.setId("task-" + task.id());
        ComponentUtil.setData(card, ProjectDetails.Task.class, task);
        DragSource.create(card);
        return card;
    }

    void move(ProjectDetails.Task task, TaskStatus status) {
        try {
            int endOfColumn = (int) project.tasks().stream().filter(other -> other.status() == status).count();
            // The board is shown anew below either way, so the latest state needs no step of its own.
            Conflicts.attempt(() -> boardService.moveTask(task.id(), status, endOfColumn, task.version()),
                    "project.task.conflict", () -> { });
        } catch (InvalidInputException invalid) {
            Refusals.show(invalid);
        } catch (NotFoundException gone) {
            Notifications.error(getTranslation("project.task.gone-from-board"));
        }
        onChange.run();
    }

    /** Asks first; a task someone else deleted meanwhile is simply gone from the board. */
    void delete(ProjectDetails.Task task) {
        ConfirmDelete.open(getTranslation("project.task.delete.header", task.title()),
                getTranslation("project.task.delete.text"), () -> {
                    try {
                        boardService.deleteTask(task.id());
                    } catch (InvalidInputException refused) {
                        Refusals.show(refused);
                    } catch (NotFoundException gone) {
                        Notifications.error(getTranslation("project.task.gone-from-board"));
                    }
                    onChange.run();
                });
    }
}
