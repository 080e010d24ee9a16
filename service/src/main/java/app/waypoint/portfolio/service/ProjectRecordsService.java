package app.waypoint.portfolio.service;

import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.service.ActivityHappened;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.portfolio.domain.ComponentCheck;
import app.waypoint.portfolio.domain.Project;
import app.waypoint.portfolio.domain.ProjectMilestone;
import app.waypoint.portfolio.domain.ProjectMilestoneRepository;
import app.waypoint.portfolio.domain.ProjectResult;
import app.waypoint.portfolio.domain.ProjectResultRepository;
import app.waypoint.portfolio.domain.ResultDirection;
import app.waypoint.skill.domain.Skill;
import app.waypoint.skill.domain.SkillRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static app.waypoint.base.service.TextInput.blankToNull;
import static app.waypoint.base.service.TextInput.length;
import static app.waypoint.base.service.TextInput.required;

/**
 * What a project records besides its board: the guide's checklist components it covers, its milestones, its
 * measured results and the skills it uses.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class ProjectRecordsService {

    private final ProjectMilestoneRepository milestones;
    private final ProjectResultRepository results;
    private final SkillRepository skills;
    private final ProjectTemplates templates;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProjectRecordsService(ProjectMilestoneRepository milestones, ProjectResultRepository results,
                          SkillRepository skills, ProjectTemplates templates, ProjectAccess access,
                          CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.milestones = milestones;
        this.results = results;
        this.skills = skills;
        this.templates = templates;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Marks a checklist component done or not; the key must be one of the guide's components. */
    public void checkComponent(long projectId, String componentKey, boolean done, String note) {
        if (templates.components().stream().noneMatch(component -> component.key().equals(componentKey))) {
            throw new NotFoundException("component " + componentKey);
        }
        if (note != null && length(note) > ComponentCheck.MAX_NOTE) {
            throw new InvalidInputException("note", "project.component.note-too-long");
        }
        Project project = access.project(projectId);
        ProjectEdits.apply(() -> project.check(componentKey, done, note == null || note.isBlank() ? null : note.strip(),
                clock.instant()));
    }

    public void addMilestone(long projectId, String title, LocalDate dueDate) {
        Project project = access.project(projectId);
        String clean = required(title, "title", ProjectMilestone.MAX_TITLE, "project.milestone.title-required",
                "project.milestone.title-too-long");
        int position = milestones.findByProjectIdOrderByPosition(projectId).size();
        ProjectEdits.apply(() -> milestones.save(new ProjectMilestone(project, clean, dueDate, position)));
    }

    public void markMilestone(long milestoneId, boolean done) {
        ProjectMilestone milestone = access.milestone(milestoneId);
        boolean reached = done && milestone.getDoneAt() == null;
        ProjectEdits.apply(() -> milestone.markDone(done, clock.instant()));
        if (reached) {
            events.publishEvent(ActivityHappened.milestoneReached(currentUser.id(),
                    milestone.getProject().getGroupId(),
                    milestone.getProject().getTitle() + ": " + milestone.getTitle()));
        }
    }

    /**
     * Records a measured result, e.g. p95 latency 850 → 120 ms, where lower is better. Without a direction
     * ({@code null}), the unit suggests one: times, money and errors go down, anything else up.
     */
    public void addResult(long projectId, String metric, BigDecimal before, BigDecimal after, String unit,
                          ResultDirection direction) {
        Project project = access.project(projectId);
        String cleanMetric = required(metric, "metric", ProjectResult.MAX_METRIC, "project.result.metric-required",
                "project.result.metric-too-long");
        if (unit != null && length(unit) > ProjectResult.MAX_UNIT) {
            throw new InvalidInputException("unit", "project.result.unit-too-long");
        }
        if (before == null && after == null) {
            throw new InvalidInputException("after", "project.result.value-required");
        }
        int position = results.findByProjectIdOrderByPosition(projectId).size();
        ResultDirection better = direction == null ? ResultDirection.suggestedFor(unit) : direction;
        ProjectEdits.apply(() -> results.save(new ProjectResult(project, cleanMetric, before, after, blankToNull(unit),
                better, position)));
    }

    /** Says which way is better for a result already recorded. */
    public void changeResultDirection(long resultId, ResultDirection direction) {
        ProjectResult result = access.result(resultId);
        ProjectEdits.apply(() -> result.prefer(Objects.requireNonNull(direction)));
    }

    public void deleteResult(long resultId) {
        ProjectResult result = access.result(resultId);
        ProjectEdits.apply(() -> results.delete(result));
    }

    /** The skills the project uses; they count as evidence in the skills view. */
    public void useSkills(long projectId, Set<String> skillKeys) {
        Project project = access.project(projectId);
        Set<Skill> chosen = skills.findByRetiredFalseOrderByPosition().stream()
                .filter(skill -> skillKeys.contains(skill.getKey())).collect(Collectors.toSet());
        ProjectEdits.apply(() -> project.useSkills(chosen, clock.instant()));
    }
}
