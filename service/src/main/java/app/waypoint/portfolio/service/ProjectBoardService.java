package app.waypoint.portfolio.service;

import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.portfolio.domain.Project;
import app.waypoint.portfolio.domain.ProjectTask;
import app.waypoint.portfolio.domain.ProjectTaskRepository;
import app.waypoint.portfolio.domain.TaskStatus;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

import static app.waypoint.base.service.TextInput.blankToNull;
import static app.waypoint.base.service.TextInput.length;
import static app.waypoint.base.service.TextInput.required;

/**
 * The board of a project, own or team: its tasks added, edited, assigned, moved and deleted. Each change is made
 * from the version the person saw, so a newer change from another tab or another member is refused, never
 * overwritten.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class ProjectBoardService {

    private final ProjectTaskRepository tasks;
    private final ProjectAccess access;
    private final ProjectTeams teams;
    private final Clock clock;

    ProjectBoardService(ProjectTaskRepository tasks, ProjectAccess access, ProjectTeams teams, Clock clock) {
        this.tasks = tasks;
        this.access = access;
        this.teams = teams;
        this.clock = clock;
    }

    /**
     * Moves a task to a column, from the version the mover saw. A move made on a stale board is refused so
     * that another session's change is never silently overwritten.
     */
    public void moveTask(long taskId, TaskStatus status, int position, long expectedVersion) {
        ProjectTask task = access.task(taskId);
        if (task.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        try {
            ProjectEdits.apply(() -> task.moveTo(status, position, clock.instant()));
            tasks.saveAndFlush(task);
        } catch (OptimisticLockingFailureException raced) {
            throw new ConcurrentEditException();
        }
    }

    public void addTask(long projectId, String title) {
        Project project = access.project(projectId);
        String clean = required(title, "title", ProjectTask.MAX_TITLE, "project.task.title-required", "project.task.title-too-long");
        int position = tasks.findByProjectIdOrderByPosition(projectId).size();
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
