package app.waypoint.portfolio.service;

import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.portfolio.domain.Project;
import app.waypoint.portfolio.domain.ProjectMilestone;
import app.waypoint.portfolio.domain.ProjectMilestoneRepository;
import app.waypoint.portfolio.domain.ProjectRepository;
import app.waypoint.portfolio.domain.ProjectResult;
import app.waypoint.portfolio.domain.ProjectResultRepository;
import app.waypoint.portfolio.domain.ProjectTask;
import app.waypoint.portfolio.domain.ProjectTaskRepository;
import org.springframework.stereotype.Component;

/**
 * Finds a project, or something in it, for the caller: a person's own project is theirs alone, a team project
 * is open to whoever is a member of its group now. To anyone else it does not exist: the same "not found" as
 * for an id nobody uses. Lists apply the same rule in their queries ({@link ProjectRepository#WORKS_ON}).
 */
@Component
class ProjectAccess {

    private final ProjectRepository projects;
    private final ProjectTaskRepository tasks;
    private final ProjectMilestoneRepository milestones;
    private final ProjectResultRepository results;
    private final ProjectTeams teams;
    private final CurrentUser currentUser;

    ProjectAccess(ProjectRepository projects, ProjectTaskRepository tasks, ProjectMilestoneRepository milestones,
                  ProjectResultRepository results, ProjectTeams teams, CurrentUser currentUser) {
        this.projects = projects;
        this.tasks = tasks;
        this.milestones = milestones;
        this.results = results;
        this.teams = teams;
        this.currentUser = currentUser;
    }

    Project project(long projectId) {
        return projects.findById(projectId).filter(this::mayWorkOn)
                .orElseThrow(() -> new NotFoundException("project " + projectId));
    }

    ProjectTask task(long taskId) {
        return tasks.findById(taskId).filter(task -> mayWorkOn(task.getProject()))
                .orElseThrow(() -> new NotFoundException("task " + taskId));
    }

    ProjectMilestone milestone(long milestoneId) {
        return milestones.findById(milestoneId).filter(milestone -> mayWorkOn(milestone.getProject()))
                .orElseThrow(() -> new NotFoundException("milestone " + milestoneId));
    }

    ProjectResult result(long resultId) {
        return results.findById(resultId).filter(result -> mayWorkOn(result.getProject()))
                .orElseThrow(() -> new NotFoundException("result " + resultId));
    }

    private boolean mayWorkOn(Project project) {
        long me = currentUser.id();
        return project.isTeamProject() ? teams.isMember(project.getGroupId(), me) : project.isOwnedBy(me);
    }
}
