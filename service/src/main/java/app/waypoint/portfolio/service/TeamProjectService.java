package app.waypoint.portfolio.service;

import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.domain.Language;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.portfolio.domain.Project;
import app.waypoint.portfolio.domain.ProjectRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Team projects: portfolio projects a study group owns and its members work on together. Once started, a team
 * project is read and changed through the same services as any other ({@link ProjectService},
 * {@link ProjectBoardService}, {@link ProjectRecordsService}); this starts one.
 * To someone outside the group, the group and its projects do not exist.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class TeamProjectService {

    private final ProjectRepository projects;
    private final TemplatePlans plans;
    private final ProjectTeams teams;
    private final CurrentUser currentUser;
    private final Clock clock;

    TeamProjectService(ProjectRepository projects, TemplatePlans plans, ProjectTeams teams, CurrentUser currentUser,
                       Clock clock) {
        this.projects = projects;
        this.plans = plans;
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

    private void requireMembership(long groupId) {
        if (!teams.isMember(groupId, currentUser.id())) {
            throw new NotFoundException("group " + groupId);
        }
    }
}
