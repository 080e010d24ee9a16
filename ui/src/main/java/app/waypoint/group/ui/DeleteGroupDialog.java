package app.waypoint.group.ui;

import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.base.ui.KoreanParticles;
import app.waypoint.group.service.GroupDetails;
import app.waypoint.group.service.GroupService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Map;

/** Deleting a group asks the owner to type its name, so it never happens by a stray tap. */
class DeleteGroupDialog extends Dialog {

    final TextField confirmation = new TextField();
    final Button delete = new Button();

    DeleteGroupDialog(GroupDetails group, GroupService groups) {
        setHeaderTitle(getTranslation("group.delete.header", group.name()));
        confirmation.setLabel(getTranslation("group.delete.type", group.name(), KoreanParticles.object(group.name())));
        confirmation.setWidthFull();
        add(new Paragraph(getTranslation("group.delete.text")), confirmation);
        delete.setText(getTranslation("group.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        delete.addClickListener(click -> {
            try {
                groups.delete(group.id(), confirmation.getValue());
                close();
                getUI().ifPresent(ui -> ui.navigate(GroupsView.class));
            } catch (InvalidInputException invalid) {
                FormErrors.show(invalid, Map.of("confirmation", confirmation), this);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), delete);
        setWidth("min(30rem, 100vw)");
    }
}
