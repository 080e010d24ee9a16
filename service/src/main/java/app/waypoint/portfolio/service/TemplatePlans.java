package app.waypoint.portfolio.service;

import app.waypoint.account.service.AccountService;
import app.waypoint.base.domain.Language;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.portfolio.domain.Project;
import app.waypoint.portfolio.domain.ProjectMilestone;
import app.waypoint.portfolio.domain.ProjectMilestoneRepository;
import app.waypoint.portfolio.domain.ProjectRepository;
import app.waypoint.portfolio.domain.ProjectTask;
import app.waypoint.portfolio.domain.ProjectTaskRepository;
import app.waypoint.skill.domain.SkillRepository;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Starts a project from one of the guide's templates: its summary, suggested skills, milestones (due from today
 * by the template's weeks) and tasks are copied into the new project, a person's or a group's alike.
 */
@Component
class TemplatePlans {

    private final ProjectTemplates templates;
    private final ProjectRepository projects;
    private final ProjectMilestoneRepository milestones;
    private final ProjectTaskRepository tasks;
    private final SkillRepository skills;
    private final AccountService accounts;
    private final Clock clock;

    TemplatePlans(ProjectTemplates templates, ProjectRepository projects, ProjectMilestoneRepository milestones,
                  ProjectTaskRepository tasks, SkillRepository skills, AccountService accounts, Clock clock) {
        this.templates = templates;
        this.projects = projects;
        this.milestones = milestones;
        this.tasks = tasks;
        this.skills = skills;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Copies the template, in the given language, into the project {@code newProject} makes from the template's
     * key and title; returns the project's id.
     */
    long create(String templateKey, Language language, BiFunction<String, String, Project> newProject) {
        ProjectTemplates.Template template = templates.find(templateKey)
                .orElseThrow(() -> new NotFoundException("template " + templateKey));
        // the caller's calendar: "due in two weeks" counts from their today
        LocalDate today = LocalDate.now(clock.withZone(accounts.currentProfile().timeZone()));
        Project project = newProject.apply(template.key(), template.title().in(language));
        project.describe(template.title().in(language), template.summary().in(language), today,
                today.plusWeeks(template.milestones().stream().mapToInt(ProjectTemplates.Milestone::weeksFromStart)
                        .max().orElse(0)), clock.instant());
        Set<String> wanted = Set.copyOf(template.skills());
        project.useSkills(skills.findByRetiredFalseOrderByPosition().stream()
                .filter(skill -> wanted.contains(skill.getKey())).collect(Collectors.toSet()), clock.instant());
        project = projects.save(project);

        Map<String, ProjectMilestone> byKey = new HashMap<>();
        for (int i = 0; i < template.milestones().size(); i++) {
            ProjectTemplates.Milestone milestone = template.milestones().get(i);
            byKey.put(milestone.key(), milestones.save(new ProjectMilestone(project, milestone.title().in(language),
                    today.plusWeeks(milestone.weeksFromStart()), i)));
        }
        for (int i = 0; i < template.tasks().size(); i++) {
            ProjectTemplates.Task task = template.tasks().get(i);
            tasks.save(new ProjectTask(project, byKey.get(task.milestone()), task.title().in(language), i,
                    clock.instant()));
        }
        return project.getId();
    }
}
