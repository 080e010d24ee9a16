package app.waypoint.portfolio.service;

import app.waypoint.account.service.AccountService;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.domain.Language;
import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.portfolio.domain.ComponentCheck;
import app.waypoint.portfolio.domain.IllegalStatusChangeException;
import app.waypoint.portfolio.domain.Project;
import app.waypoint.portfolio.domain.ProjectMilestone;
import app.waypoint.portfolio.domain.ProjectMilestoneRepository;
import app.waypoint.portfolio.domain.ProjectRepository;
import app.waypoint.portfolio.domain.ProjectStatus;
import app.waypoint.portfolio.domain.ProjectTask;
import app.waypoint.portfolio.domain.ProjectTaskRepository;
import app.waypoint.portfolio.domain.TaskStatus;
import app.waypoint.skill.domain.SkillRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A person's portfolio projects: created from the guide's templates or blank, and worked through. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class ProjectService {

    public static final int MAX_TITLE = 120;
    public static final int PROJECTS_WANTED = 2;

    private final ProjectRepository projects;
    private final ProjectTaskRepository tasks;
    private final ProjectMilestoneRepository milestones;
    private final SkillRepository skills;
    private final ProjectTemplates templates;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final Clock clock;

    ProjectService(ProjectRepository projects, ProjectTaskRepository tasks, ProjectMilestoneRepository milestones,
                   SkillRepository skills, ProjectTemplates templates, CurrentUser currentUser,
                   AccountService accounts, Clock clock) {
        this.accounts = accounts;
        this.projects = projects;
        this.tasks = tasks;
        this.milestones = milestones;
        this.skills = skills;
        this.templates = templates;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Starts a project from a template, in the given language: its summary, suggested skills, milestones
     * (due from today by the template's weeks) and tasks are copied into the new project.
     */
    public long createFromTemplate(String templateKey, Language language) {
        ProjectTemplates.Template template = templates.find(templateKey)
                .orElseThrow(() -> new NotFoundException("template " + templateKey));
        LocalDate today = today();
        Project project = new Project(currentUser.id(), template.key(), template.title().in(language), clock.instant());
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

    public long createBlank(String title) {
        String clean = requireTitle(title);
        return projects.save(new Project(currentUser.id(), null, clean, clock.instant())).getId();
    }

    /** The person's projects, newest activity first, in a fixed number of queries. */
    @Transactional(readOnly = true)
    public List<ProjectCard> myProjects() {
        long me = currentUser.id();
        List<Project> mine = projects.findByOwnerIdOrderByUpdatedAtDesc(me);
        if (mine.isEmpty()) {
            return List.of();
        }
        List<Long> ids = mine.stream().map(Project::getId).toList();
        Map<Long, List<ProjectTask>> tasksByProject = tasks.findByProjectIdIn(ids).stream()
                .collect(Collectors.groupingBy(task -> task.getProject().getId()));
        Map<Long, List<ProjectMilestone>> milestonesByProject = milestones.findByProjectIdIn(ids).stream()
                .collect(Collectors.groupingBy(milestone -> milestone.getProject().getId()));
        Map<Long, List<String>> skillKeys = new HashMap<>();
        for (Object[] row : projects.findSkillKeys(me)) {
            skillKeys.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]);
        }
        Map<Long, Integer> componentsDone = new HashMap<>();
        for (Object[] row : projects.findComponentChecks(me)) {
            if (((ComponentCheck) row[1]).done()) {
                componentsDone.merge((Long) row[0], 1, Integer::sum);
            }
        }
        LocalDate today = today();
        List<ProjectCard> cards = new ArrayList<>();
        for (Project project : mine) {
            List<ProjectTask> projectTasks = tasksByProject.getOrDefault(project.getId(), List.of());
            ProjectMilestone next = milestonesByProject.getOrDefault(project.getId(), List.of()).stream()
                    .filter(milestone -> milestone.getDoneAt() == null)
                    .min(Comparator.comparing(ProjectMilestone::getPosition)).orElse(null);
            cards.add(new ProjectCard(project.getId(), project.getTitle(), project.getStatus(),
                    (int) projectTasks.stream().filter(task -> task.getStatus() == TaskStatus.DONE).count(),
                    projectTasks.size(), next == null ? null : next.getTitle(),
                    next == null ? null : next.getDueDate(), next != null && next.isOverdueOn(today),
                    skillKeys.getOrDefault(project.getId(), List.of()).stream().sorted().toList(),
                    componentsDone.getOrDefault(project.getId(), 0)));
        }
        return cards;
    }

    public void changeStatus(long projectId, ProjectStatus status) {
        Project project = owned(projectId);
        try {
            project.changeStatus(status, clock.instant());
        } catch (IllegalStatusChangeException illegal) {
            throw new InvalidInputException("status", "project.status.illegal");
        }
    }

    /** Marks a checklist component done or not; the key must be one of the guide's components. */
    public void checkComponent(long projectId, String componentKey, boolean done, String note) {
        if (templates.components().stream().noneMatch(component -> component.key().equals(componentKey))) {
            throw new NotFoundException("component " + componentKey);
        }
        if (note != null && note.length() > 2000) {
            throw new InvalidInputException("note", "project.component.note-too-long");
        }
        Project project = owned(projectId);
        if (!project.getStatus().isEditable()) {
            throw new InvalidInputException("status", "project.archived");
        }
        project.check(componentKey, done, note == null || note.isBlank() ? null : note.strip(), clock.instant());
    }

    /**
     * Moves a task to a column, from the version the mover saw. A move made on a stale board is refused so
     * that another session's change is never silently overwritten.
     */
    public void moveTask(long taskId, TaskStatus status, int position, long expectedVersion) {
        ProjectTask task = tasks.findById(taskId)
                .filter(found -> found.getProject().isOwnedBy(currentUser.id()))
                .orElseThrow(() -> new NotFoundException("task " + taskId));
        if (task.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        try {
            task.moveTo(status, position, clock.instant());
            tasks.saveAndFlush(task);
        } catch (IllegalStatusChangeException frozen) {
            throw new InvalidInputException("status", "project.archived");
        } catch (OptimisticLockingFailureException raced) {
            throw new ConcurrentEditException();
        }
    }

    /** The guide's goal for the whole portfolio, and which checklist components no finished project covers. */
    @Transactional(readOnly = true)
    public PortfolioReadiness readiness() {
        long me = currentUser.id();
        Set<Long> finished = projects.findByOwnerIdOrderByUpdatedAtDesc(me).stream()
                .filter(project -> project.getStatus() == ProjectStatus.DONE).map(Project::getId)
                .collect(Collectors.toSet());
        Set<String> covered = new HashSet<>();
        for (Object[] row : projects.findComponentChecks(me)) {
            ComponentCheck check = (ComponentCheck) row[1];
            if (finished.contains((Long) row[0]) && check.done()) {
                covered.add(check.componentKey());
            }
        }
        List<String> order = templates.components().stream().map(ProjectTemplates.ComponentItem::key).toList();
        return new PortfolioReadiness(finished.size(), PROJECTS_WANTED,
                order.stream().filter(covered::contains).toList(),
                order.stream().filter(key -> !covered.contains(key)).toList());
    }

    /** Today where the person lives: due dates and "overdue" follow their time zone. */
    private LocalDate today() {
        return LocalDate.now(clock.withZone(accounts.currentProfile().timeZone()));
    }

    private Project owned(long projectId) {
        return projects.findById(projectId).filter(project -> project.isOwnedBy(currentUser.id()))
                .orElseThrow(() -> new NotFoundException("project " + projectId));
    }

    private static String requireTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("title", "project.title.required");
        }
        if (title.strip().length() > MAX_TITLE) {
            throw new InvalidInputException("title", "project.title.too-long");
        }
        return title.strip();
    }
}
