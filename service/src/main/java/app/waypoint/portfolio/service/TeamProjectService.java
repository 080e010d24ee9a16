package app.waypoint.portfolio.service;

import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.domain.Language;
import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.portfolio.domain.Project;
import app.waypoint.portfolio.domain.ProjectRepository;
import app.waypoint.portfolio.domain.ProjectTask;
import app.waypoint.portfolio.domain.ProjectTaskRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Team projects: portfolio projects a study group owns and its members work on together. Once started, a team
 * project is read and changed through {@link ProjectService} like any other; this adds what only a team has.
 * To someone outside the group, the group and its projects do not exist.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class TeamProjectService {

    private final ProjectRepository projects;
    private final ProjectService projectService;
    private final ProjectTaskRepository tasks;
    private final TemplatePlans plans;
    private final ProjectAccess access;
    private final ProjectTeams teams;
    private final CurrentUser currentUser;
    private final Clock clock;

    TeamProjectService(ProjectRepository projects, ProjectService projectService, ProjectTaskRepository tasks,
                       TemplatePlans plans, ProjectAccess access, ProjectTeams teams, CurrentUser currentUser,
                       Clock clock) {
        this.projects = projects;
        this.projectService = projectService;
        this.tasks = tasks;
        this.plans = plans;
        this.access = access;
        this.teams = teams;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public long createBlank(long groupId, String title) {
        requireMembership(groupId);
        String clean = ProjectService.requireTitle(title);
        return projects.save(Project.ofGroup(groupId, null, clean, clock.instant())).getId();
    }

    /** Starts a team project from one of the guide's templates, as {@link ProjectService#createFromTemplate} does. */
    public long createFromTemplate(long groupId, String templateKey, Language language) {
        requireMembership(groupId);
        return plans.create(templateKey, language, (key, title) -> Project.ofGroup(groupId, key, title,
                clock.instant()));
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

    /**
     * Saves a team task's text and assignee in one transaction, from the version the caller saw: a refusal of
     * either (a stale version, an assignee who is not a member) leaves neither saved. Returns the new version.
     */
    public long editTask(long taskId, String title, String notes, LocalDate dueDate, Long assignee,
                         long expectedVersion) {
        long edited = projectService.editTask(taskId, title, notes, dueDate, expectedVersion);
        return assignTask(taskId, assignee, edited);
    }

    private void requireMembership(long groupId) {
        if (!teams.isMember(groupId, currentUser.id())) {
            throw new NotFoundException("group " + groupId);
        }
    }
}
