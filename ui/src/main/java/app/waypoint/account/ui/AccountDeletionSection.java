package app.waypoint.account.ui;

import app.waypoint.account.service.AccountDeletionService;
import app.waypoint.account.service.DeletionStatus;
import app.waypoint.account.service.GroupsStillOwnedException;
import app.waypoint.base.service.OwnedGroup;
import app.waypoint.base.ui.Notifications;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

/**
 * Deleting the account: a button that opens {@link DeleteAccountDialog}, or, once scheduled, the date with a way
 * to cancel. Only this section changes when the person asks or cancels.
 */
class AccountDeletionSection extends Composite<Section> {

    final Div body = new Div();
    final Button start = new Button();
    final Button cancel = new Button();
    DeleteAccountDialog dialog;

    private final AccountDeletionService deletion;

    AccountDeletionSection(AccountDeletionService deletion) {
        this.deletion = deletion;
        start.setText(getTranslation("settings.deletion.start"));
        start.setId("deletion-start");
        start.addThemeVariants(ButtonVariant.LUMO_ERROR);
        start.addClickListener(click -> openDialog());
        cancel.setText(getTranslation("settings.deletion.cancel"));
        cancel.setId("deletion-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.addClickListener(click -> {
            deletion.cancel();
            Notifications.success(getTranslation("settings.deletion.cancelled"));
            show(deletion.status());
        });
        getContent().addClassNames("settings-section", "account-deletion");
        getContent().add(new H2(getTranslation("settings.deletion")), body);
        show(deletion.status());
    }

    private void show(DeletionStatus status) {
        body.removeAll();
        if (!status.scheduled()) {
            body.add(hint(getTranslation("settings.deletion.hint")), start);
            return;
        }
        Paragraph scheduled = new Paragraph(getTranslation("settings.deletion.scheduled",
                date(status, status.scheduledFor()), time(status, status.scheduledFor())));
        scheduled.addClassName("deletion-scheduled");
        scheduled.getElement().setAttribute("role", "status");
        body.add(scheduled, hint(getTranslation("settings.deletion.scheduled.hint")));
        if (status.blockedByGroups()) {
            Paragraph waits = new Paragraph(getTranslation("settings.deletion.waits", status.ownedGroups().stream()
                    .map(OwnedGroup::name).collect(Collectors.joining(", "))));
            waits.addClassName("deletion-waits");
            body.add(waits);
        }
        body.add(cancel);
    }

    private void openDialog() {
        dialog = new DeleteAccountDialog(deletion.status(), this::request);
        dialog.open();
    }

    private void request(String currentPassword) {
        Instant due;
        try {
            due = deletion.request(currentPassword);
        } catch (GroupsStillOwnedException ownedMeanwhile) {
            dialog.close();
            openDialog();
            return;
        }
        DeletionStatus status = deletion.status();
        Notifications.success(getTranslation("settings.deletion.requested", date(status, due)));
        show(status);
    }

    private String date(DeletionStatus status, Instant at) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .withZone(status.timeZone()).format(at);
    }

    private String time(DeletionStatus status, Instant at) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(status.timeZone()).format(at);
    }

    private static Paragraph hint(String text) {
        Paragraph hint = new Paragraph(text);
        hint.addClassName("hint");
        return hint;
    }
}
