package app.waypoint.portfolio.service;

import app.waypoint.account.service.AccountService;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.domain.Language;
import app.waypoint.base.domain.LocalizedText;
import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotAllowedException;
import app.waypoint.base.service.WebLinks;
import app.waypoint.portfolio.domain.ComponentCheck;
import app.waypoint.portfolio.domain.IllegalStatusChangeException;
import app.waypoint.portfolio.domain.Project;
import app.waypoint.portfolio.domain.ProjectMilestone;
import app.waypoint.portfolio.domain.ProjectMilestoneRepository;
import app.waypoint.portfolio.domain.ProjectRepository;
import app.waypoint.portfolio.domain.ProjectResultRepository;
import app.waypoint.portfolio.domain.ProjectStatus;
import app.waypoint.portfolio.domain.ProjectTask;
import app.waypoint.portfolio.domain.ProjectTaskRepository;
import app.waypoint.portfolio.domain.TaskStatus;
import app.waypoint.skill.domain.Skill;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static app.waypoint.base.service.TextInput.blankToNull;
import static app.waypoint.base.service.TextInput.length;

/**
 * Portfolio projects: created from the guide's templates or blank, described, moved through their status and read
 * whole for their page. A person's own project is theirs alone; a team project ({@link TeamProjectService}) is
 * worked on the same way by its group's members. Its board is {@link ProjectBoardService}'s, the rest of what it
 * records {@link ProjectRecordsService}'s.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class ProjectService {

    public static final int PROJECTS_WANTED = 2;

    private final ProjectRepository projects;
    private final ProjectTaskRepository tasks;
    private final ProjectMilestoneRepository milestones;
    private final ProjectResultRepository results;
    private final ProjectTemplates templates;
    private final TemplatePlans plans;
    private final ProjectAccess access;
    private final ProjectTeams teams;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final Clock clock;

    ProjectService(ProjectRepository projects, ProjectTaskRepository tasks, ProjectMilestoneRepository milestones,
                   ProjectResultRepository results, ProjectTemplates templates, TemplatePlans plans,
                   ProjectAccess access, ProjectTeams teams, CurrentUser currentUser, AccountService accounts,
                   Clock clock) {
        this.accounts = accounts;
        this.results = results;
        this.projects = projects;
        this.tasks = tasks;
        this.milestones = milestones;
        this.templates = templates;
        this.plans = plans;
        this.access = access;
        this.teams = teams;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Starts a project from a template, in the given language: its summary, suggested skills, milestones
     * (due from today by the template's weeks) and tasks are copied into the new project.
     */
    public long createFromTemplate(String templateKey, Language language) {
        return plans.create(templateKey, language, (key, title) -> new Project(currentUser.id(), key, title,
                clock.instant()));
    }

    public long createBlank(String title) {
        String clean = requireTitle(title);
        return projects.save(new Project(currentUser.id(), null, clean, clock.instant())).getId();
    }

    /**
     * The person's projects, their own and their groups' team projects, newest activity first, in a fixed number
     * of queries.
     */
    @Transactional(readOnly = true)
    public List<ProjectCard> myProjects() {
        long me = currentUser.id();
        List<Project> mine = projects.findWorkedOnBy(me);
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
        Map<Long, String> groupNames = teams.groupNames(mine.stream().map(Project::getGroupId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        LocalDate today = today();
        List<ProjectCard> cards = new ArrayList<>();
        for (Project project : mine) {
            List<ProjectTask> projectTasks = tasksByProject.getOrDefault(project.getId(), List.of());
            ProjectMilestone next = milestonesByProject.getOrDefault(project.getId(), List.of()).stream()
                    .filter(milestone -> milestone.getDoneAt() == null)
                    .min(ProjectMilestone.BY_DUE_DATE).orElse(null);
            cards.add(new ProjectCard(project.getId(), project.getTitle(), project.getStatus(),
                    (int) projectTasks.stream().filter(task -> task.getStatus() == TaskStatus.DONE).count(),
                    projectTasks.size(), next == null ? null : next.getTitle(),
                    next == null ? null : next.getDueDate(), next != null && next.isOverdueOn(today),
                    skillKeys.getOrDefault(project.getId(), List.of()).stream().sorted().toList(),
                    componentsDone.getOrDefault(project.getId(), 0),
                    project.isTeamProject() ? groupNames.get(project.getGroupId()) : null));
        }
        return cards;
    }

    /**
     * The titles of the person's projects, team projects included, by id, newest activity first: for pickers that
     * link to a project.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> projectTitles() {
        Map<Long, String> titles = new LinkedHashMap<>();
        projects.findWorkedOnBy(currentUser.id())
                .forEach(project -> titles.put(project.getId(), project.getTitle()));
        return titles;
    }

    /**
     * Moves the project on. Marking it done leaves its open tasks and components as they are; a screen asks first
     * ({@link #openWork}).
     */
    public void changeStatus(long projectId, ProjectStatus status) {
        Project project = access.project(projectId);
        try {
            project.changeStatus(status, clock.instant());
        } catch (IllegalStatusChangeException illegal) {
            throw new InvalidInputException("status", "project.status.illegal");
        }
    }

    /** The tasks not done and the checklist components not ticked of a project, and its status, as they are now. */
    @Transactional(readOnly = true)
    public OpenWork openWork(long projectId) {
        Project project = access.project(projectId);
        Set<String> ticked = project.getComponents().stream().filter(ComponentCheck::done)
                .map(ComponentCheck::componentKey).collect(Collectors.toSet());
        int open = (int) templates.components().stream().filter(item -> !ticked.contains(item.key())).count();
        return new OpenWork(project.getStatus(), (int) tasks.countByProjectIdAndStatusNot(projectId, TaskStatus.DONE),
                open);
    }

    /** One project with everything on its page, in a fixed number of queries. */
    @Transactional(readOnly = true)
    public ProjectDetails details(long projectId) {
        Project project = access.project(projectId);
        ProjectDetails.Team team = project.isTeamProject() ? teams.team(project.getGroupId()) : null;
        LocalDate today = today();
        Map<String, ComponentCheck> checks = project.getComponents().stream()
                .collect(Collectors.toMap(ComponentCheck::componentKey, check -> check));
        List<ProjectDetails.Component> components = templates.components().stream().map(item -> {
            ComponentCheck check = checks.get(item.key());
            return new ProjectDetails.Component(item.key(), item.group(), item.title(), item.hint(),
                    check != null && check.done(), check == null ? null : check.note());
        }).toList();
        List<ProjectDetails.Task> taskViews = tasks.findBoard(projectId).stream()
                .map(task -> taskView(task, team)).toList();
        List<ProjectDetails.Milestone> milestoneViews = milestones.findByProjectIdOrderByPosition(projectId).stream()
                .sorted(ProjectMilestone.BY_DUE_DATE)
                .map(milestone -> new ProjectDetails.Milestone(milestone.getId(), milestone.getTitle(),
                        milestone.getDueDate(), milestone.getDoneAt() != null, milestone.isOverdueOn(today)))
                .toList();
        List<ProjectDetails.Result> resultViews = results.findByProjectIdOrderByPosition(projectId).stream()
                .map(result -> new ProjectDetails.Result(result.getId(), result.getMetric(), result.getBefore(),
                        result.getAfter(), result.getUnit(), result.getDirection(),
                        changePercent(result.getBefore(), result.getAfter())))
                .toList();
        List<ProjectDetails.SkillTag> skillTags = project.getSkills().stream()
                .sorted(Comparator.comparingInt(Skill::getPosition))
                .map(skill -> new ProjectDetails.SkillTag(skill.getKey(), skill.getName())).toList();
        return new ProjectDetails(project.getId(), project.getTitle(), project.getSummary(), project.getStatus(),
                project.getStatus().next(), project.getStartDate(), project.getTargetDate(),
                project.getRepositoryUrl(), project.getDemoUrl(), project.getWriteupUrl(), project.getVersion(),
                components, taskViews, milestoneViews, resultViews, skillTags, team);
    }

    /** A task as the board shows it; someone who has left the team no longer shows as doing it. */
    private static ProjectDetails.Task taskView(ProjectTask task, ProjectDetails.Team team) {
        String assignee = team == null ? null : team.nameOf(task.getAssigneeId());
        return new ProjectDetails.Task(task.getId(), task.getTitle(), task.getNotes(), task.getDueDate(),
                task.getStatus(), task.getPosition(), task.getMilestone() == null ? null : task.getMilestone().getTitle(),
                task.getVersion(), assignee == null ? null : task.getAssigneeId(), assignee);
    }

    /**
     * Saves the overview edited from {@code overview.version()}: a newer save from another tab is not
     * overwritten. Links must be absolute http(s) addresses.
     */
    public void updateOverview(long projectId, ProjectOverview overview) {
        List<FieldProblem> problems = new ArrayList<>();
        if (overview.title() == null || overview.title().isBlank()) {
            problems.add(new FieldProblem("title", "project.title.required"));
        } else if (length(overview.title().strip()) > Project.MAX_TITLE) {
            problems.add(new FieldProblem("title", "project.title.too-long"));
        }
        if (overview.summary() != null && length(overview.summary()) > Project.MAX_SUMMARY) {
            problems.add(new FieldProblem("summary", "project.summary.too-long"));
        }
        if (overview.startDate() != null && overview.targetDate() != null
                && overview.targetDate().isBefore(overview.startDate())) {
            problems.add(new FieldProblem("targetDate", "project.target-before-start"));
        }
        for (Map.Entry<String, String> link : Map.of("repositoryUrl", nullToEmpty(overview.repositoryUrl()),
                "demoUrl", nullToEmpty(overview.demoUrl()), "writeupUrl", nullToEmpty(overview.writeupUrl())).entrySet()) {
            if (!link.getValue().isBlank() && !WebLinks.isHttp(link.getValue())) {
                problems.add(new FieldProblem(link.getKey(), "project.link.bad-url"));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(FieldProblem::field));
            throw new InvalidInputException(problems);
        }
        Project project = access.project(projectId);
        if (project.getVersion() != overview.version()) {
            throw new ConcurrentEditException();
        }
        ProjectEdits.apply(() -> {
            project.describe(overview.title().strip(), blankToNull(overview.summary()), overview.startDate(),
                    overview.targetDate(), clock.instant());
            project.link(blankToNull(overview.repositoryUrl()), blankToNull(overview.demoUrl()),
                    blankToNull(overview.writeupUrl()), clock.instant());
        });
        try {
            projects.saveAndFlush(project);
        } catch (OptimisticLockingFailureException raced) {
            throw new ConcurrentEditException();
        }
    }










    /** A README draft of the project, in the given language, for the person's own repository. */
    @Transactional(readOnly = true)
    public String exportMarkdown(long projectId, Language language) {
        return ProjectMarkdown.of(details(projectId), language);
    }

    /** Deletes a project; a team project only by its group's owner or an admin, as it is everyone's work. */
    public void deleteProject(long projectId) {
        Project project = access.project(projectId);
        if (project.isTeamProject() && !teams.runsGroup(project.getGroupId(), currentUser.id())) {
            throw new NotAllowedException("team.delete.admins-only");
        }
        projects.delete(project);
    }

    /**
     * The guide's goal for the whole portfolio, and which checklist components no project marked done covers. A
     * project marked done counts as finished only once every component of its checklist is ticked; a finished team
     * project counts for each of its members.
     */
    @Transactional(readOnly = true)
    public PortfolioReadiness readiness() {
        return readinessOf(projects.findComponentStates(currentUser.id()));
    }

    /**
     * The portfolio at a glance: its readiness, how many projects there are, and the open milestones due within
     * {@code days} (overdue ones too); two statements.
     */
    @Transactional(readOnly = true)
    public PortfolioStanding standing(int days) {
        long me = currentUser.id();
        List<Object[]> states = projects.findComponentStates(me);
        int count = (int) states.stream().map(row -> row[0]).distinct().count();
        List<PortfolioStanding.MilestoneDue> due = milestones.findOpenDueBy(me, today().plusDays(days)).stream()
                .map(milestone -> new PortfolioStanding.MilestoneDue(milestone.getProject().getId(),
                        milestone.getProject().getTitle(), milestone.getTitle(), milestone.getDueDate()))
                .toList();
        Map<String, LocalizedText> titles = new LinkedHashMap<>();
        templates.components().forEach(component -> titles.put(component.key(), component.title()));
        return new PortfolioStanding(readinessOf(states), count, due, titles);
    }

    /**
     * From (project id, status, checklist entry) rows: the finished projects (marked done, every component ticked)
     * and the components that the projects marked done cover.
     */
    private PortfolioReadiness readinessOf(List<Object[]> componentStates) {
        List<String> order = templates.components().stream().map(ProjectTemplates.ComponentItem::key).toList();
        Map<Long, Set<String>> tickedByDone = new HashMap<>();
        for (Object[] row : componentStates) {
            if (row[1] == ProjectStatus.DONE) {
                Set<String> ticked = tickedByDone.computeIfAbsent((Long) row[0], id -> new HashSet<>());
                if (row[2] instanceof ComponentCheck check && check.done()) {
                    ticked.add(check.componentKey());
                }
            }
        }
        Set<String> covered = new HashSet<>();
        tickedByDone.values().forEach(covered::addAll);
        int finished = (int) tickedByDone.values().stream().filter(ticked -> ticked.containsAll(order)).count();
        return new PortfolioReadiness(finished, PROJECTS_WANTED,
                order.stream().filter(covered::contains).toList(),
                order.stream().filter(key -> !covered.contains(key)).toList());
    }

    /** Signed percent change from before to after; whether it is better is the result's direction to say. */
    static Integer changePercent(BigDecimal before, BigDecimal after) {
        if (before == null || after == null || before.signum() == 0) {
            return null;
        }
        return after.subtract(before).multiply(BigDecimal.valueOf(100))
                .divide(before.abs(), 0, RoundingMode.HALF_UP).intValue();
    }


    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }


    /** Today where the person lives: due dates and "overdue" follow their time zone. */
    private LocalDate today() {
        return LocalDate.now(clock.withZone(accounts.currentProfile().timeZone()));
    }

    static String requireTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("title", "project.title.required");
        }
        if (length(title.strip()) > Project.MAX_TITLE) {
            throw new InvalidInputException("title", "project.title.too-long");
        }
        return title.strip();
    }
}
