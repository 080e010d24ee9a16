package app.waypoint.group.ui;

import app.waypoint.base.service.TeamProjectLine;
import app.waypoint.base.ui.CardTitles;
import app.waypoint.group.service.GroupDetails;
import app.waypoint.group.service.GroupService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;

import java.util.List;
import java.util.Map;

/**
 * The group's team projects, each with its status and tasks done and a link to its board, and a way to start a new
 * one for this group. Starting one happens on the projects page, where the templates are.
 */
public class GroupProjectsPanel extends Composite<Div> {

    /** The projects page's query parameter that opens its new-team-project dialog for a group. */
    public static final String NEW_TEAM_PROJECT_FOR = "new-team-project-for";

    final Button newProject = new Button();

    GroupProjectsPanel(GroupDetails group, GroupService groups) {
        Div panel = getContent();
        panel.addClassName("group-projects");
        List<TeamProjectLine> projects = groups.teamProjectLines(group.id());
        newProject.setText(getTranslation("team.new"));
        newProject.setIcon(VaadinIcon.PLUS.create());
        newProject.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newProject.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate("projects",
                QueryParameters.simple(Map.of(NEW_TEAM_PROJECT_FOR, String.valueOf(group.id()))))));
        panel.add(newProject);
        if (projects.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("group-projects.empty"));
            empty.addClassName("empty-state");
            panel.add(empty);
            return;
        }
        projects.forEach(project -> panel.add(card(project)));
    }

    private Div card(TeamProjectLine project) {
        H2 heading = CardTitles.of("");
        heading.add(new Anchor("projects/" + project.id(), project.title()));
        Span status = new Span(getTranslation("project.status." + project.status()));
        status.getElement().getThemeList().add("badge" + ("DONE".equals(project.status()) ? " success" : ""));
        Span tasks = new Span(getTranslation("group-projects.tasks", project.tasksDone(), project.tasks()));
        tasks.addClassName("hint");
        Div card = new Div(heading, new Div(status, new Span(" "), tasks));
        card.addClassNames("card", "group-project");
        card.setId("group-project-" + project.id());
        return card;
    }
}
