package app.waypoint.portfolio.ui;

import app.waypoint.base.ui.ProgressBars;
import app.waypoint.base.domain.LocalizedText;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.base.ui.Texts;
import app.waypoint.group.service.GroupService;
import app.waypoint.group.ui.GroupProjectsPanel;
import app.waypoint.group.service.GroupSummary;
import app.waypoint.portfolio.service.PortfolioReadiness;
import app.waypoint.portfolio.service.ProjectCard;
import app.waypoint.portfolio.service.ProjectService;
import app.waypoint.portfolio.service.ProjectTemplates;
import app.waypoint.portfolio.service.TeamProjectService;
import app.waypoint.skill.service.SkillService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The person's portfolio projects, their own and their groups' team projects, and how close the portfolio is to
 * the guide's goal.
 */
@Route("projects")
@Menu(order = 30, title = "nav.projects", icon = "vaadin:briefcase")
@PermitAll
public class ProjectsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final Button newProject = new Button();
    final Button newTeamProject = new Button();

    private final ProjectService projectService;
    private final TeamProjectService teamProjects;
    private final ProjectTemplates templates;
    private final List<GroupSummary> groups;
    private final Function<String, String> skillName;

    ProjectsView(ProjectService projectService, TeamProjectService teamProjects, GroupService groupService,
                 ProjectTemplates templates, SkillService skillService) {
        this.projectService = projectService;
        this.teamProjects = teamProjects;
        this.templates = templates;
        Map<String, LocalizedText> skillNames = skillService.names();
        this.skillName = key -> skillNames.containsKey(key) ? Texts.of(skillNames.get(key)) : key;
        addClassNames("page", "projects-view");
        add(new H1(getTranslation("projects.title")));
        newProject.setText(getTranslation("projects.new"));
        newProject.setIcon(VaadinIcon.PLUS.create());
        newProject.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newProject.addClickListener(click -> openNewProjectDialog());
        groups = groupService.myGroups();
        newTeamProject.setText(getTranslation("team.new"));
        newTeamProject.setIcon(VaadinIcon.GROUP.create());
        newTeamProject.setId("new-team-project");
        newTeamProject.addClickListener(click -> newTeamProjectDialog().open());
        Div actions = new Div();
        actions.addClassName("page-actions");
        if (!groups.isEmpty()) {
            // a team project needs a group to belong to
            actions.add(newTeamProject);
        }

        List<ProjectCard> projects = projectService.myProjects();
        if (projects.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("projects.empty"));
            empty.addClassName("hint");
            add(empty);
            if (!groups.isEmpty()) {
                add(actions);
            }
            add(new TemplatePicker(templates, skillName, "template-", 2, projectService::createFromTemplate, this::open));
            return;
        }
        actions.addComponentAsFirst(newProject);
        add(actions, readiness(projectService.readiness()));
        Div cards = new Div();
        cards.addClassName("card-grid");
        projects.forEach(project -> cards.add(card(project)));
        add(cards);
    }

    /** A group's page sends here to start a team project for that group: the dialog opens with it chosen. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(GroupProjectsPanel.NEW_TEAM_PROJECT_FOR)
                .flatMap(id -> groups.stream().filter(group -> String.valueOf(group.id()).equals(id)).findFirst())
                .ifPresent(group -> {
                    TeamProjectDialog dialog = newTeamProjectDialog();
                    dialog.group.setValue(group);
                    dialog.open();
                });
    }

    private TeamProjectDialog newTeamProjectDialog() {
        return new TeamProjectDialog(teamProjects, templates, skillName, groups, this::open);
    }

    private Div readiness(PortfolioReadiness readiness) {
        Div box = new Div(new H2(getTranslation("projects.readiness")),
                new Paragraph(getTranslation("projects.readiness.finished", readiness.finishedProjects(),
                        readiness.projectsWanted())));
        Div chips = new Div();
        chips.addClassName("skill-tags");
        templates.components().forEach(component -> {
            Span chip = new Span(Texts.of(component.title()));
            boolean covered = readiness.coveredComponents().contains(component.key());
            chip.getElement().getThemeList().add(covered ? "badge success pill" : "badge contrast pill");
            chips.add(chip);
        });
        box.add(chips);
        if (readiness.isReady() || !readiness.missingComponents().isEmpty()) {
            Paragraph hint = new Paragraph(getTranslation(readiness.isReady() ? "projects.readiness.ready"
                    : "projects.readiness.missing"));
            hint.addClassName("hint");
            box.add(hint);
        }
        Paragraph counted = new Paragraph(getTranslation("projects.readiness.counted"));
        counted.addClassNames("hint", "readiness-counted");
        box.add(counted);
        box.addClassNames("card", "readiness");
        return box;
    }

    private Div card(ProjectCard project) {
        Span status = new Span(getTranslation("project.status." + project.status().name()));
        status.getElement().getThemeList().add("badge");
        RouterLink title = new RouterLink(project.title(), ProjectView.class,
                new RouteParameters("id", String.valueOf(project.id())));
        title.addClassName("project-title");
        Span figures = new Span(getTranslation("projects.figures", project.tasksDone(), project.tasksTotal(),
                project.componentsDone()));
        ProgressBar tasks = ProgressBars.named(0, Math.max(1, project.tasksTotal()), project.tasksDone(),
                figures.getText());
        figures.addClassName("hint");
        Div card = new Div(status, title);
        if (project.groupName() != null) {
            Span team = new Span(getTranslation("team.card.group", project.groupName()));
            team.addClassNames("hint", "team-name");
            card.add(team);
        }
        card.add(tasks, figures);
        if (project.nextMilestone() != null) {
            Span next = new Span(project.nextMilestoneDue() == null
                    ? getTranslation("projects.next-milestone.undated", project.nextMilestone())
                    : getTranslation("projects.next-milestone", project.nextMilestone(),
                    Texts.date(project.nextMilestoneDue())));
            next.addClassNames(project.nextMilestoneOverdue() ? "overdue" : "hint", "next-milestone");
            if (project.nextMilestoneOverdue()) {
                Span overdue = new Span(getTranslation("project.milestone.overdue"));
                overdue.getElement().getThemeList().add("badge error small");
                next.add(new Span(" "), overdue);
            }
            card.add(next);
        }
        Div skills = new Div();
        skills.addClassName("skill-tags");
        project.skillKeys().forEach(skill -> {
            Span tag = new Span(skillName.apply(skill));
            tag.getElement().getThemeList().add("badge contrast pill");
            skills.add(tag);
        });
        card.add(skills);
        card.addClassNames("card", "project-card");
        return card;
    }

    private void openNewProjectDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("projects.new"));
        TextField blankTitle = new TextField(getTranslation("project.title"));
        Button blank = new Button(getTranslation("projects.new.blank"), click -> {
            try {
                long id = projectService.createBlank(blankTitle.getValue());
                dialog.close();
                open(id);
            } catch (InvalidInputException invalid) {
                FormErrors.show(invalid, Map.of("title", blankTitle), this);
            }
        });
        Div blankRow = new Div(blankTitle, blank);
        blankRow.addClassName("evidence-add");
        dialog.add(blankRow, new TemplatePicker(templates, skillName, "template-", 3, projectService::createFromTemplate, id -> {
            dialog.close();
            open(id);
        }));
        dialog.getFooter().add(new Button(getTranslation("action.close"), click -> dialog.close()));
        dialog.setWidth("min(60rem, 100vw)");
        dialog.open();
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(ProjectView.class, new RouteParameters("id", String.valueOf(id))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("projects.title") + " · Waypoint";
    }
}
