package app.waypoint.portfolio.service;

import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.portfolio.domain.Project;
import app.waypoint.portfolio.domain.ProjectTask;
import app.waypoint.portfolio.domain.ProjectTaskRepository;
import app.waypoint.portfolio.domain.TaskStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static app.waypoint.base.service.TextInput.blankToNull;
import static app.waypoint.base.service.TextInput.length;
import static app.waypoint.base.service.TextInput.required;

/**
 * The board of a project, own or team: its tasks added, edited, assigned, moved between and within columns, and
 * deleted. Each change is made from the version the person saw, so a newer change from another tab or another member
 * is refused, never overwritten.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class ProjectBoardService {

    private final ProjectTaskRepository tasks;
    private final ProjectAccess access;
    private final ProjectTeams teams;
    private final Clock clock;
    private final EntityManager entityManager;

    ProjectBoardService(ProjectTaskRepository tasks, ProjectAccess access, ProjectTeams teams, Clock clock,
                        EntityManager entityManager) {
        this.entityManager = entityManager;
        this.tasks = tasks;
        this.access = access;
        this.teams = teams;
        this.clock = clock;
    }

    /**
     * Moves a task to a column, from the version the mover saw: before the task {@code beforeTaskId} of that column,
     * or with {@code null} after its last task. The column it goes to and the one it leaves are numbered anew in the
     * same transaction. A move made on a stale board is refused, so that another session's change is never silently
     * overwritten: the task was changed meanwhile, or the task it was dropped on is no longer in that column.
     * Returns the board as the move left it.
     */
    public BoardPlaces moveTask(long taskId, TaskStatus status, Long beforeTaskId, long expectedVersion) {
        ProjectTask task = seen(taskId, expectedVersion);
        List<ProjectTask> board = tasks.findPlaces(task.getProject().getId());
        List<ProjectTask> column = column(board, status);
        if (beforeTaskId != null && beforeTaskId == taskId) {
            if (task.getStatus() != status) {
                throw new ConcurrentEditException();
            }
            return place(task, status, board, column); // dropped on itself: it stays where it is
        }
        column.remove(task);
        int at = column.size();
        if (beforeTaskId != null) {
            at = indexOf(column, beforeTaskId);
            if (at < 0) {
                throw new ConcurrentEditException();
            }
        }
        column.add(at, task);
        return place(task, status, board, column);
    }

    /** Moves a task one place up in its column, from the version the mover saw; the first one stays first. */
    public BoardPlaces moveTaskUp(long taskId, long expectedVersion) {
        return shift(taskId, -1, expectedVersion);
    }

    /** Moves a task one place down in its column, from the version the mover saw; the last one stays last. */
    public BoardPlaces moveTaskDown(long taskId, long expectedVersion) {
        return shift(taskId, 1, expectedVersion);
    }

    private BoardPlaces shift(long taskId, int by, long expectedVersion) {
        ProjectTask task = seen(taskId, expectedVersion);
        List<ProjectTask> board = tasks.findPlaces(task.getProject().getId());
        List<ProjectTask> column = column(board, task.getStatus());
        int from = column.indexOf(task);
        column.remove(from);
        column.add(Math.clamp(from + by, 0, column.size()), task);
        return place(task, task.getStatus(), board, column);
    }

    /** The task as the person saw it: of a project they may change, in the version they saw. */
    private ProjectTask seen(long taskId, long expectedVersion) {
        ProjectTask task = access.task(taskId);
        ProjectEdits.apply(task.getProject()::requireEditable);
        if (task.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        return task;
    }

    /**
     * Puts the task in {@code status} at its place in {@code order} (that column's tasks as they are to be), numbers
     * that column and the one the task leaves from 0, and saves. Only the task itself takes a new version, whatever
     * changed of it (a place alone does not count as a change, {@link ProjectTask#getPosition}); a move that leaves
     * everything where it was changes nothing.
     */
    private BoardPlaces place(ProjectTask task, TaskStatus status, List<ProjectTask> board, List<ProjectTask> order) {
        TaskStatus left = task.getStatus();
        List<ProjectTask> rest = column(board, left);
        rest.remove(task);
        boolean stays = left == status && order.equals(column(board, status));
        if (!stays) {
            ProjectEdits.apply(() -> {
                task.moveTo(status, order.indexOf(task), clock.instant());
                renumber(order);
                if (left != status) {
                    renumber(rest);
                }
            });
            try {
                // a new version at once, checked against the one seen, with the row locked until the move is saved
                entityManager.lock(task, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
                tasks.flush();
            } catch (OptimisticLockingFailureException | OptimisticLockException raced) {
                throw new ConcurrentEditException();
            }
        }
        Map<TaskStatus, List<BoardPlaces.Place>> columns = new EnumMap<>(TaskStatus.class);
        for (TaskStatus each : TaskStatus.values()) {
            List<ProjectTask> shown = each == status ? order : each == left ? rest : column(board, each);
            columns.put(each, shown.stream().map(one -> new BoardPlaces.Place(one.getId(), one.getVersion())).toList());
        }
        return new BoardPlaces(columns);
    }

    private static void renumber(List<ProjectTask> column) {
        for (int i = 0; i < column.size(); i++) {
            if (column.get(i).getPosition() != i) {
                column.get(i).placeAt(i);
            }
        }
    }

    /** A column's tasks in board order, as a list of its own to rearrange. */
    private static List<ProjectTask> column(List<ProjectTask> board, TaskStatus status) {
        return board.stream().filter(task -> task.getStatus() == status)
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private static int indexOf(List<ProjectTask> column, long taskId) {
        for (int i = 0; i < column.size(); i++) {
            if (column.get(i).getId() == taskId) {
                return i;
            }
        }
        return -1;
    }

    /** A new task goes last in the to-do column. */
    public void addTask(long projectId, String title) {
        Project project = access.project(projectId);
        String clean = required(title, "title", ProjectTask.MAX_TITLE, "project.task.title-required", "project.task.title-too-long");
        int position = tasks.nextPosition(projectId, TaskStatus.TODO);
        ProjectEdits.apply(() -> tasks.save(new ProjectTask(project, null, clean, position, clock.instant())));
    }

    /**
     * Changes a task's text, due date and, on a team project, who does it ({@code null}: nobody), from the version
     * the person saw, in one transaction: another session's or another member's newer save is refused, never
     * overwritten, and a refusal of any part leaves all of it unsaved. Returns the task's new version.
     */
    public long editTask(long taskId, String title, String notes, LocalDate dueDate, Long assignee,
                         long expectedVersion) {
        long edited = editText(taskId, title, notes, dueDate, expectedVersion);
        boolean assigns = assignee != null || access.task(taskId).getProject().isTeamProject();
        return assigns ? assignTask(taskId, assignee, edited) : edited;
    }

    private long editText(long taskId, String title, String notes, LocalDate dueDate, long expectedVersion) {
        String clean = required(title, "title", ProjectTask.MAX_TITLE, "project.task.title-required", "project.task.title-too-long");
        if (notes != null && length(notes) > ProjectTask.MAX_NOTES) {
            throw new InvalidInputException("notes", "project.task.notes-too-long");
        }
        ProjectTask task = access.task(taskId);
        if (task.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        ProjectEdits.apply(() -> task.edit(clean, blankToNull(notes), dueDate, clock.instant()));
        try {
            tasks.saveAndFlush(task);
        } catch (OptimisticLockingFailureException raced) {
            throw new ConcurrentEditException();
        }
        return task.getVersion();
    }

    public void deleteTask(long taskId) {
        ProjectTask task = access.task(taskId);
        ProjectEdits.apply(() -> tasks.delete(task));
    }

    /**
     * Gives a task to a member of the project's group, or to nobody ({@code null}), from the version the caller
     * saw: another member's newer change is refused, never overwritten. Returns the task's new version.
     */
    public long assignTask(long taskId, Long accountId, long expectedVersion) {
        ProjectTask task = access.task(taskId);
        Project project = task.getProject();
        if (!project.isTeamProject()) {
            throw new InvalidInputException("assignee", "team.assignee.own-project");
        }
        if (accountId != null && !teams.isMember(project.getGroupId(), accountId)) {
            throw new InvalidInputException("assignee", "team.assignee.not-member");
        }
        if (task.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        ProjectEdits.apply(() -> task.assignTo(accountId, clock.instant()));
        try {
            tasks.saveAndFlush(task);
        } catch (OptimisticLockingFailureException raced) {
            throw new ConcurrentEditException();
        }
        return task.getVersion();
    }
}
