package app.waypoint.account.ui;

import app.waypoint.account.service.DeletionStatus;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.OwnedGroup;
import app.waypoint.base.ui.FormErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Asks before an account is deleted, saying exactly what happens: the date, what is deleted, what stays because
 * others use it. Groups the person owns must be handed over or deleted first: the dialog names them, with their
 * team projects and a link to each, and offers no way on until that is done. The current password confirms;
 * the request goes back to the settings page through {@code onConfirm}, whose refusals show at the field.
 */
class DeleteAccountDialog extends Dialog {

    static final List<String> DELETED = List.of("profile", "roadmaps", "skills", "projects", "checklists",
            "interview", "applications", "groups", "log");
    static final List<String> KEPT = List.of("groups", "tasks", "others", "log");

    final PasswordField currentPassword = new PasswordField();
    final Button confirm = new Button();
    final Paragraph when = new Paragraph();
    final UnorderedList deleted = new UnorderedList();
    final UnorderedList kept = new UnorderedList();
    final UnorderedList ownedGroups = new UnorderedList();

    DeleteAccountDialog(DeletionStatus status, Consumer<String> onConfirm) {
        addClassName("delete-account-dialog");
        setHeaderTitle(getTranslation("deletion.dialog.header"));
        setWidth("min(36rem, 100vw)");
        Button close = new Button(getTranslation(status.blockedByGroups() ? "action.close" : "action.cancel"),
                click -> close());
        getFooter().add(close);
        if (status.blockedByGroups()) {
            showOwnedGroups(status.ownedGroups());
            return;
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .withZone(status.timeZone());
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(status.timeZone());
        when.setText(getTranslation("deletion.dialog.when", date.format(status.wouldBeAt()),
                time.format(status.wouldBeAt())));
        when.addClassName("deletion-when");
        DELETED.forEach(key -> deleted.add(new ListItem(getTranslation("deletion.deleted." + key))));
        KEPT.forEach(key -> kept.add(new ListItem(getTranslation("deletion.kept." + key))));
        deleted.addClassName("deletion-deleted");
        kept.addClassName("deletion-kept");
        currentPassword.setLabel(getTranslation("field.current-password"));
        currentPassword.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        currentPassword.setRequiredIndicatorVisible(true);
        currentPassword.setWidthFull();
        currentPassword.setId("deletion-current-password");
        add(when, new H3(getTranslation("deletion.dialog.deleted")), deleted,
                new H3(getTranslation("deletion.dialog.kept")), kept, currentPassword);
        confirm.setText(getTranslation("deletion.dialog.confirm"));
        confirm.setId("deletion-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            if (currentPassword.isEmpty()) {
                currentPassword.setErrorMessage(getTranslation("password.required"));
                currentPassword.setInvalid(true);
                return;
            }
            try {
                onConfirm.accept(currentPassword.getValue());
                close();
            } catch (InvalidInputException refused) {
                FormErrors.show(refused, Map.of("currentPassword", currentPassword), this);
            }
        });
        getFooter().add(confirm);
    }

    private void showOwnedGroups(List<OwnedGroup> groups) {
        ownedGroups.addClassName("deletion-owned-groups");
        for (OwnedGroup group : groups) {
            Anchor link = new Anchor("groups/" + group.id(), group.name());
            Span projects = new Span(group.teamProjects().isEmpty()
                    ? getTranslation("deletion.dialog.owned.no-projects")
                    : getTranslation("deletion.dialog.owned.projects", String.join(", ", group.teamProjects())));
            projects.addClassName("hint");
            ownedGroups.add(new ListItem(link, new Span(" · "), projects));
        }
        add(new Paragraph(getTranslation("deletion.dialog.owned")), ownedGroups);
    }
}
