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
import app.waypoint.portfolio.service.BoardPlaces;
import app.waypoint.portfolio.service.ProjectBoardService;
import app.waypoint.portfolio.service.ProjectDetails;
import app.waypoint.portfolio.service.ProjectService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEvent;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.textfield.TextField;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The kanban board: To do, Doing, Done. On a desktop cards are dragged: onto another card to go before it, in its
 * column, or onto a column's free space to go last. On a phone or with a keyboard each card's menu moves it to another
 * column, or one place up or down. A move shows anew only the card that moved; a move made on a stale board is
 * refused with a message, and a board that someone else changed meanwhile is shown anew as it is now.
 *
 * <p>Where the columns stack (a phone), one column is shown at a time and a switcher above them, with each column's
 * count, picks which; the stylesheet decides by the width, the board's {@code shows-…} class says which column.
 */
class ProjectBoard extends Composite<Div> {

    final Map<TaskStatus, Div> columns = new EnumMap<>(TaskStatus.class);
    /** The switcher's buttons, one a column, each with its count; shown only where the columns stack. */
    final Map<TaskStatus, Button> switcher = new EnumMap<>(TaskStatus.class);
    final TextField newTask = new TextField();
    final Button addTask = new Button();

    private final Map<TaskStatus, H3> headers = new EnumMap<>(TaskStatus.class);
    private final Map<TaskStatus, Div> lists = new EnumMap<>(TaskStatus.class);
    /** Each column's tasks in their order, those not yet shown (further down a long column) included. */
    private final Map<TaskStatus, List<ProjectDetails.Task>> order = new EnumMap<>(TaskStatus.class);
    /** The cards shown, by task id. */
    private final Map<Long, Card> cards = new HashMap<>();

    private final ProjectBoardService boardService;
    private final ProjectService projectService;
    private final ProjectDetails project;
    private final Runnable onChange;
    private TaskStatus chosen;

    /** A card as shown, with the menu entries that depend on where it stands in its column. */
    private record Card(Div component, MenuItem up, MenuItem down) {
    }

    /**
     * A board of the project's tasks; where the columns stack, {@code chosen} is shown. {@code onChange} shows the
     * board anew from the project as it is now.
     */
    ProjectBoard(ProjectBoardService boardService, ProjectService projectService, ProjectDetails project,
                 TaskStatus chosen, Runnable onChange) {
        this.boardService = boardService;
        this.projectService = projectService;
        this.project = project;
        this.onChange = onChange;
        Div board = getContent();
        board.addClassName("board");
        Div switch_ = new Div();
        switch_.addClassName("board-switcher");
        switch_.getElement().setAttribute("role", "group");
        switch_.getElement().setAttribute("aria-label", getTranslation("project.board.switcher"));
        board.add(switch_);
        for (TaskStatus status : TaskStatus.values()) {
            order.put(status, new ArrayList<>(project.tasks().stream().filter(task -> task.status() == status).toList()));
            Button pick = new Button();
            pick.addClickListener(click -> choose(status));
            pick.addThemeVariants(ButtonVariant.LUMO_SMALL);
            pick.setId("board-show-" + status.name().toLowerCase());
            switcher.put(status, pick);
            switch_.add(pick);

            H3 header = new H3();
            headers.put(status, header);
            Div list = new Div();
            list.addClassName("board-cards");
            lists.put(status, list);
            Div column = new Div(header, list);
            column.addClassNames("board-column", "column-" + status.name().toLowerCase());
            CardsInBatches.add(list, order.get(status), this::card);
            // the column's free space (its heading, below its cards): the card goes last
            DropTarget.create(column).addDropListener(drop -> dragged(drop).ifPresent(task -> move(task, status, null)));
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
        showCounts();
        choose(chosen);
    }

    /** The column shown where the columns stack. */
    TaskStatus chosen() {
        return chosen;
    }

    /** Shows {@code status}'s column where the columns stack; side by side, all three stay. */
    void choose(TaskStatus status) {
        Div board = getContent();
        if (this.chosen != null) {
            board.removeClassName("shows-" + this.chosen.name().toLowerCase());
        }
        this.chosen = status;
        board.addClassName("shows-" + status.name().toLowerCase());
        switcher.forEach((each, button) -> {
            button.getElement().setAttribute("aria-pressed", String.valueOf(each == status));
            if (each == status) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
    }

    private void showCounts() {
        for (TaskStatus status : TaskStatus.values()) {
            String name = getTranslation("project.task.status." + status.name());
            int count = order.get(status).size();
            headers.get(status).setText(name + " · " + count);
            switcher.get(status).setText(getTranslation("project.board.switcher.column", name, count));
        }
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
        SubMenu items = root.getSubMenu();
        MenuItem up = items.addItem(getTranslation("project.task.move-up"), click -> shift(task, true));
        MenuItem down = items.addItem(getTranslation("project.task.move-down"), click -> shift(task, false));
        for (TaskStatus status : TaskStatus.values()) {
            if (status != task.status()) {
                String column = getTranslation("project.task.status." + status.name());
                items.addItem(getTranslation("project.task.move-to", column, KoreanParticles.direction(column)),
                        click -> move(task, status, null));
            }
        }
        items.addItem(getTranslation("project.task.edit"), click ->
                new TaskDialog(boardService, projectService, project, task, onChange).open());
        items.addItem(getTranslation("project.task.delete"), click -> delete(task));
        card.add(menu);
        card.addClassNames("task-card");
        card.setId("task-" + task.id());
        ComponentUtil.setData(card, ProjectDetails.Task.class, task);
        DragSource.create(card);
        // dropped onto this card: the dragged one goes before it, in its column
        DropTarget.create(card).addDropListener(drop -> dragged(drop)
                .filter(moved -> moved.id() != task.id())
                .ifPresent(moved -> move(moved, task.status(), task)));
        Card shown = new Card(card, up, down);
        cards.put(task.id(), shown);
        card.addDetachListener(detached -> cards.remove(task.id(), shown));
        showEnds(task, shown);
        return card;
    }

    /** "Move up" only below the first card of a column, "Move down" only above its last. */
    private void showEnds(ProjectDetails.Task task, Card card) {
        List<ProjectDetails.Task> column = order.get(task.status());
        int at = indexOf(column, task.id());
        card.up().setVisible(at > 0);
        card.down().setVisible(at >= 0 && at < column.size() - 1);
    }

    private static Optional<ProjectDetails.Task> dragged(DropEvent<?> drop) {
        return drop.getDragSourceComponent()
                .map(source -> (ProjectDetails.Task) ComponentUtil.getData(source, ProjectDetails.Task.class));
    }

    /** Moves a task to the end of a column, from the menu. */
    void move(ProjectDetails.Task task, TaskStatus status) {
        move(task, status, null);
    }

    /** Moves a task into a column, before {@code before} (a task of that column) or, with {@code null}, last. */
    void move(ProjectDetails.Task task, TaskStatus status, ProjectDetails.Task before) {
        attempt(task, () -> boardService.moveTask(task.id(), status, before == null ? null : before.id(),
                task.version()));
    }

    /** Moves a task one place up or down in its column. */
    void shift(ProjectDetails.Task task, boolean up) {
        attempt(task, () -> up ? boardService.moveTaskUp(task.id(), task.version())
                : boardService.moveTaskDown(task.id(), task.version()));
    }

    private void attempt(ProjectDetails.Task task, Supplier<BoardPlaces> move) {
        BoardPlaces[] after = new BoardPlaces[1];
        try {
            if (Conflicts.attempt(() -> after[0] = move.get(), "project.task.conflict", () -> { })) {
                show(task, after[0]);
                return;
            }
        } catch (InvalidInputException invalid) {
            Refusals.show(invalid);
        } catch (NotFoundException gone) {
            Notifications.error(getTranslation("project.task.gone-from-board"));
        }
        onChange.run();
    }

    /**
     * Shows a move the service made. While the board knows every other card as the service does (same columns, same
     * order, same versions), only the moved card is shown anew, at its new place; otherwise someone else changed the
     * board meanwhile, and it is shown anew whole.
     */
    private void show(ProjectDetails.Task task, BoardPlaces after) {
        TaskStatus to = null;
        int at = -1;
        long version = 0;
        for (TaskStatus status : TaskStatus.values()) {
            List<BoardPlaces.Place> column = after.column(status);
            List<BoardPlaces.Place> others = new ArrayList<>();
            for (int i = 0; i < column.size(); i++) {
                if (column.get(i).taskId() == task.id()) {
                    to = status;
                    at = i;
                    version = column.get(i).version();
                } else {
                    others.add(column.get(i));
                }
            }
            List<BoardPlaces.Place> known = order.get(status).stream().filter(other -> other.id() != task.id())
                    .map(other -> new BoardPlaces.Place(other.id(), other.version())).toList();
            if (!others.equals(known)) {
                onChange.run();
                return;
            }
        }
        ProjectDetails.Task current = find(task.id());
        if (to == null || current == null) {
            onChange.run();
            return;
        }
        if (current.status() == to && indexOf(order.get(to), task.id()) == at && current.version() == version) {
            return; // nothing moved: the first card moved up, say
        }
        TaskStatus from = current.status();
        order.get(from).remove(current);
        ProjectDetails.Task moved = current.moved(to, at, version);
        order.get(to).add(at, moved);
        if (!place(moved, from)) {
            onChange.run();
            return;
        }
        showCounts();
        for (TaskStatus status : List.of(from, to)) {
            order.get(status).forEach(each -> Optional.ofNullable(cards.get(each.id()))
                    .ifPresent(card -> showEnds(each, card)));
        }
    }

    /**
     * Takes the moved task's old card away and shows a new one at its place. Returns false where its place is further
     * down a long column than the cards shown so far, or its old card was not shown: the board is then shown anew.
     */
    private boolean place(ProjectDetails.Task moved, TaskStatus from) {
        Card old = cards.get(moved.id());
        if (old == null) {
            return false;
        }
        Div list = lists.get(moved.status());
        int shown = shownCards(list) - (from == moved.status() ? 1 : 0);
        boolean more = list.getChildren().anyMatch(child -> !(child instanceof Div));
        int at = indexOf(order.get(moved.status()), moved.id());
        if (more && at >= shown) {
            return false;
        }
        old.component().removeFromParent();
        cards.remove(moved.id());
        list.addComponentAtIndex(at, card(moved));
        return true;
    }

    private static int shownCards(Div list) {
        return (int) list.getChildren().filter(child -> child instanceof Div).count();
    }

    private ProjectDetails.Task find(long taskId) {
        for (List<ProjectDetails.Task> column : order.values()) {
            for (ProjectDetails.Task task : column) {
                if (task.id() == taskId) {
                    return task;
                }
            }
        }
        return null;
    }

    private static int indexOf(List<ProjectDetails.Task> column, long taskId) {
        for (int i = 0; i < column.size(); i++) {
            if (column.get(i).id() == taskId) {
                return i;
            }
        }
        return -1;
    }

    /** The card shown for a task, if it is shown. */
    Optional<Component> cardOf(long taskId) {
        return Optional.ofNullable(cards.get(taskId)).map(Card::component);
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
