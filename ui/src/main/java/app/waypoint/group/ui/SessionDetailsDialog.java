package app.waypoint.group.ui;

import app.waypoint.base.domain.Language;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.ui.Conflicts;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.group.domain.GroupSession;
import app.waypoint.group.service.SessionService;
import app.waypoint.group.service.SessionsOverview;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

import java.time.Duration;
import java.util.Map;

/**
 * A session's topic, start time, place or video link and agenda, for owner and admins. Saving is refused if another
 * admin saved the session first; then the dialog keeps what was typed and the list shows the newer version.
 */
class SessionDetailsDialog extends Dialog {

    final TextField topic = new TextField();
    final TimePicker startsAt = new TimePicker();
    final TextField place = new TextField();
    final TextArea agenda = new TextArea();
    final Button save = new Button();

    private long version;

    /** {@code latestVersion} reads the session's version as saved now, to take after a conflict. */
    SessionDetailsDialog(long groupId, SessionsOverview.Session session, SessionService sessions, Runnable saved,
                         java.util.function.LongSupplier latestVersion) {
        version = session.version();
        setHeaderTitle(getTranslation("session.details.header"));
        topic.setLabel(getTranslation("session.topic"));
        topic.setValue(session.topic());
        topic.setMaxLength(GroupSession.MAX_TOPIC);
        startsAt.setLabel(getTranslation("session.time"));
        startsAt.setStep(Duration.ofMinutes(15));
        startsAt.setLocale(Language.of(getLocale()).locale());
        startsAt.setValue(session.startsAt());
        place.setLabel(getTranslation("session.place"));
        place.setHelperText(getTranslation("session.place.helper"));
        place.setValue(session.place() == null ? "" : session.place());
        place.setMaxLength(GroupSession.MAX_PLACE);
        agenda.setLabel(getTranslation("session.agenda"));
        agenda.setValue(session.agenda() == null ? "" : session.agenda());
        agenda.setMaxLength(GroupSession.MAX_AGENDA);
        agenda.setMinRows(3);
        for (var field : new com.vaadin.flow.component.HasSize[] {topic, startsAt, place, agenda}) {
            field.setWidthFull();
        }
        add(topic, startsAt, place, agenda);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Map<String, HasValidation> fields = Map.of("topic", topic, "startsAt", startsAt, "place", place,
                "agenda", agenda);
        save.addClickListener(click -> {
            try {
                if (Conflicts.attempt(() -> sessions.describeSession(groupId, session.id(), topic.getValue(),
                        startsAt.getValue(), place.getValue(), agenda.getValue(), version),
                        "session.details.conflict", () -> {
                            saved.run();
                            version = latestVersion.getAsLong();
                        })) {
                    close();
                    saved.run();
                }
            } catch (InvalidInputException invalid) {
                FormErrors.show(invalid, fields, this);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), cancel -> close()), save);
        setWidth("min(32rem, 100vw)");
    }
}
