package app.waypoint.portfolio.ui;

import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.group.service.GroupSummary;
import app.waypoint.portfolio.service.ProjectTemplates;
import app.waypoint.portfolio.service.TeamProjectService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongConsumer;

/** Starts a team project for one of the person's groups: blank, or from one of the guide's templates. */
class TeamProjectDialog extends Dialog {

    final Select<GroupSummary> group = new Select<>();
    final TextField title = new TextField();
    final Button blank = new Button();

    TeamProjectDialog(TeamProjectService teamProjects, ProjectTemplates templates, Function<String, String> skillName,
                      List<GroupSummary> groups, LongConsumer onCreated) {
        setHeaderTitle(getTranslation("team.new"));
        group.setLabel(getTranslation("team.group"));
        group.setItems(groups);
        group.setItemLabelGenerator(GroupSummary::name);
        group.setValue(groups.get(0));
        group.setWidthFull();
        title.setLabel(getTranslation("project.title"));
        blank.setText(getTranslation("projects.new.blank"));
        blank.addClickListener(click -> {
            try {
                created(teamProjects.createBlank(group.getValue().id(), title.getValue()), onCreated);
            } catch (InvalidInputException invalid) {
                FormErrors.show(invalid, Map.of("title", title), this);
            }
        });
        Div blankRow = new Div(title, blank);
        blankRow.addClassName("evidence-add");
        add(group, blankRow, new TemplatePicker(templates, skillName, "team-template-", 3,
                (key, language) -> teamProjects.createFromTemplate(group.getValue().id(), key, language),
                id -> created(id, onCreated)));
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
        setWidth("min(60rem, 100vw)");
    }

    private void created(long projectId, LongConsumer onCreated) {
        close();
        onCreated.accept(projectId);
    }
}
