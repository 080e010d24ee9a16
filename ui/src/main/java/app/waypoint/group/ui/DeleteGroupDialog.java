package app.waypoint.group.ui;

import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.base.ui.Notifications;
import app.waypoint.base.ui.KoreanParticles;
import app.waypoint.group.service.GroupDetails;
import app.waypoint.group.service.GroupService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Deleting a group asks the owner to type its name, so it never happens by a stray tap. It names the team
 * projects that go with the group and offers to hand each to a member as a personal project first; the group
 * is deleted with exactly the projects named here, never one the owner was not shown.
 */
class DeleteGroupDialog extends Dialog {

    final TextField confirmation = new TextField();
    final Button delete = new Button();
    final Div projects = new Div();
    /** The team projects named in the dialog, which the deletion takes with it. */
    final Map<Long, String> named = new LinkedHashMap<>();

    private final GroupDetails group;
    private final GroupService groups;

    DeleteGroupDialog(GroupDetails group, GroupService groups) {
        this.group = group;
        this.groups = groups;
        setHeaderTitle(getTranslation("group.delete.header", group.name()));
        confirmation.setLabel(getTranslation("group.delete.type", group.name(), KoreanParticles.object(group.name())));
        confirmation.setWidthFull();
        confirmation.addClassName("delete-confirmation");
        projects.addClassName("delete-projects");
        add(new Paragraph(getTranslation("group.delete.text")), projects, confirmation);
        showProjects();
        delete.setText(getTranslation("group.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        delete.addClickListener(click -> {
            try {
                groups.delete(group.id(), confirmation.getValue(), named.keySet());
                close();
                getUI().ifPresent(ui -> ui.navigate(GroupsView.class));
            } catch (InvalidInputException invalid) {
                if (invalid.problems().stream().anyMatch(problem -> problem.field().equals("projects"))) {
                    showProjects();
                }
                FormErrors.show(invalid, Map.of("confirmation", confirmation), this);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), delete);
        setWidth("min(32rem, 100vw)");
    }

    /** Lists the team projects as they are now, each with a way to keep it as a member's own project. */
    private void showProjects() {
        named.clear();
        named.putAll(groups.teamProjects(group.id()));
        projects.removeAll();
        if (named.isEmpty()) {
            projects.add(hint(getTranslation("group.delete.no-projects")));
            return;
        }
        projects.add(new Paragraph(getTranslation("group.delete.projects")));
        named.forEach((id, title) -> projects.add(projectRow(id, title)));
    }

    private Div projectRow(long projectId, String title) {
        Span name = new Span(title);
        name.addClassName("delete-project-title");
        Select<GroupDetails.Member> keeper = new Select<>();
        keeper.setAriaLabel(getTranslation("group.delete.hand-over.to", title));
        keeper.setPlaceholder(getTranslation("group.delete.hand-over.placeholder"));
        keeper.setItems(group.members());
        keeper.setItemLabelGenerator(GroupDetails.Member::displayName);
        Button keep = new Button(getTranslation("group.delete.hand-over"));
        keep.addThemeVariants(ButtonVariant.LUMO_SMALL);
        keep.addClickListener(click -> {
            GroupDetails.Member member = keeper.getValue();
            if (member == null) {
                keeper.setErrorMessage(getTranslation("group.delete.hand-over.choose"));
                keeper.setInvalid(true);
                return;
            }
            try {
                groups.handOverTeamProject(group.id(), projectId, member.accountId());
                Notifications.success(getTranslation("group.delete.handed-over", title, member.displayName()));
            } catch (InvalidInputException invalid) {
                FormErrors.show(invalid, Map.of(), this);
            } catch (NotFoundException goneMeanwhile) {
                Notifications.error(getTranslation("group.delete.project-gone", title));
            }
            showProjects();
        });
        Div row = new Div(name, new Div(keeper, keep));
        row.addClassName("delete-project");
        return row;
    }

    private static Paragraph hint(String text) {
        Paragraph hint = new Paragraph(text);
        hint.addClassName("hint");
        return hint;
    }
}
