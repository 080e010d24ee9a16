package app.waypoint.group.ui;

import app.waypoint.base.domain.Language;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.ui.CardTitles;
import app.waypoint.base.ui.ConfirmAction;
import app.waypoint.base.ui.Conflicts;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.group.service.SessionService;
import app.waypoint.group.service.SessionsOverview;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.format.TextStyle;
import java.util.Map;
import java.util.Optional;

/**
 * The weekly schedule, for owner and admins: weekday, time, place or link and the default topic of the sessions it
 * sets up ahead. Saving hands over to the panel, which shows the sessions anew.
 */
class ScheduleForm extends Composite<Div> {

    final Select<DayOfWeek> weekday = new Select<>();
    final TimePicker startsAt = new TimePicker();
    final TextField place = new TextField();
    final TextField topic = new TextField();
    final Button save = new Button();
    final Button remove = new Button();

    private final long groupId;
    private final SessionService sessions;
    private final Runnable saved;
    private final Paragraph summary = new Paragraph();
    private Long version;

    ScheduleForm(long groupId, SessionService sessions, Runnable saved) {
        this.groupId = groupId;
        this.sessions = sessions;
        this.saved = saved;
        weekday.setLabel(getTranslation("schedule.weekday"));
        weekday.setItems(DayOfWeek.values());
        weekday.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.FULL, locale()));
        startsAt.setLabel(getTranslation("session.time"));
        startsAt.setStep(Duration.ofMinutes(15));
        startsAt.setLocale(locale());
        place.setLabel(getTranslation("session.place"));
        place.setHelperText(getTranslation("session.place.helper"));
        place.setMaxLength(app.waypoint.group.domain.GroupSession.MAX_PLACE);
        topic.setLabel(getTranslation("schedule.topic"));
        topic.setMaxLength(app.waypoint.group.domain.GroupSession.MAX_TOPIC);
        save.setText(getTranslation("schedule.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        remove.setText(getTranslation("schedule.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(click -> ConfirmAction.open(getTranslation("schedule.remove.header"),
                getTranslation("schedule.remove.text"), getTranslation("schedule.remove"), true, this::removeSchedule));
        weekday.setId("schedule-weekday");
        startsAt.setId("schedule-time");
        place.setId("schedule-place");
        topic.setId("schedule-topic");
        summary.addClassName("hint");
        Div fields = new Div(weekday, startsAt, place, topic);
        fields.addClassName("schedule-fields");
        Div buttons = new Div(save, remove);
        buttons.addClassName("form-buttons");
        getContent().add(CardTitles.of(getTranslation("schedule.title")), summary, fields, buttons);
        getContent().addClassNames("card", "schedule-form");
    }

    /**
     * Takes the version of the schedule as saved now and says what it is; the fields keep what is typed, so after a
     * conflict saving again replaces the newer schedule knowingly.
     */
    void show(Optional<SessionsOverview.Schedule> schedule) {
        version = schedule.map(SessionsOverview.Schedule::version).orElse(null);
        summary.setText(schedule.map(found -> getTranslation("schedule.summary",
                        found.weekday().getDisplayName(TextStyle.FULL, locale()), SessionTimes.format(found.startsAt(), getLocale())))
                .orElse(getTranslation("schedule.none")));
        remove.setVisible(schedule.isPresent());
    }

    /** Fills the fields with the saved schedule, when the form opens. */
    void fill(Optional<SessionsOverview.Schedule> schedule) {
        show(schedule);
        schedule.ifPresent(found -> {
            weekday.setValue(found.weekday());
            startsAt.setValue(found.startsAt());
            place.setValue(found.place() == null ? "" : found.place());
            topic.setValue(found.topic());
        });
    }

    private void save() {
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("weekday", weekday, "startsAt", startsAt,
                "place", place, "topic", topic);
        try {
            boolean done = Conflicts.attempt(() -> sessions.setSchedule(groupId, weekday.getValue(),
                    startsAt.getValue(), place.getValue(), topic.getValue(), version), "schedule.conflict", saved);
            if (done) {
                FormErrors.clear(fields);
                saved.run();
            }
        } catch (InvalidInputException invalid) {
            FormErrors.show(invalid, fields, this);
        }
    }

    private void removeSchedule() {
        if (version != null && Conflicts.attempt(() -> sessions.removeSchedule(groupId, version),
                "schedule.conflict", saved)) {
            weekday.clear();
            startsAt.clear();
            place.clear();
            topic.clear();
            saved.run();
        }
    }

    private java.util.Locale locale() {
        return Language.of(getLocale()).locale();
    }
}
