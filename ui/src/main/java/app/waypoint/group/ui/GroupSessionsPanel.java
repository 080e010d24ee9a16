package app.waypoint.group.ui;

import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.ui.CardTitles;
import app.waypoint.base.ui.ConfirmDelete;
import app.waypoint.base.ui.DateField;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.base.ui.Refusals;
import app.waypoint.base.ui.Texts;
import app.waypoint.group.domain.Attendance;
import app.waypoint.group.service.GroupDetails;
import app.waypoint.group.service.SessionService;
import app.waypoint.group.service.SessionsOverview;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Map;

/**
 * Weekly sessions: each member's attendance rate first, then the sessions, newest first. Owner and admins add
 * sessions and keep the register with one select per member.
 */
class GroupSessionsPanel extends Composite<Div> {

    final DatePicker heldOn = new DateField();
    final TextField topic = new TextField();
    final Button add = new Button();

    private final SessionService sessions;
    private final GroupView view;
    private final Div list = new Div();
    private GroupDetails group;
    private Div rates;

    GroupSessionsPanel(GroupDetails group, SessionService sessions, GroupView view) {
        this.group = group;
        this.sessions = sessions;
        this.view = view;
        getContent().addClassName("group-sessions");
        SessionsOverview overview = sessions.overview(group.id());
        getContent().add(rates = rates(overview));
        if (group.runsGroup()) {
            getContent().add(addForm());
        }
        getContent().add(list);
        showSessions(overview);
    }

    /**
     * Shows the rates and the sessions as they are now, for the group's members as they are now; a session being
     * typed in the form stays.
     */
    void groupChanged(GroupDetails now) {
        group = now;
        SessionsOverview overview = sessions.overview(group.id());
        Div current = rates(overview);
        getContent().replace(rates, current);
        rates = current;
        showSessions(overview);
    }

    private void showSessions(SessionsOverview overview) {
        list.removeAll();
        if (overview.sessions().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("sessions.empty"));
            empty.addClassName("empty-state");
            list.add(empty);
        }
        overview.sessions().forEach(session -> list.add(session(session)));
    }

    private Div rates(SessionsOverview overview) {
        Div rates = new Div(CardTitles.of(getTranslation("sessions.rates")));
        rates.addClassNames("card", "attendance-rates");
        for (SessionsOverview.Rate rate : overview.rates()) {
            Span name = new Span(rate.displayName());
            Span figure = new Span(rate.counted() == 0 ? "–"
                    : getTranslation("sessions.rate", rate.percent(), rate.present(), rate.counted()));
            figure.addClassName("hint");
            Div row = new Div(name, figure);
            row.addClassName("follow-up");
            rates.add(row);
        }
        return rates;
    }

    private Div addForm() {
        heldOn.setLabel(getTranslation("session.date"));
        heldOn.setValue(view.today());
        topic.setLabel(getTranslation("session.topic"));
        topic.setWidthFull();
        add.setText(getTranslation("sessions.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> {
            try {
                sessions.addSession(group.id(), heldOn.getValue(), topic.getValue());
            } catch (InvalidInputException invalid) {
                FormErrors.show(invalid, Map.of("heldOn", heldOn, "topic", topic), this);
                return;
            }
            topic.clear();
            view.refresh(this::groupChanged);
        });
        Div form = new Div(heldOn, topic, add);
        form.addClassNames("card", "settings-section");
        return form;
    }

    private Div session(SessionsOverview.Session session) {
        Div card = new Div(CardTitles.of(Texts.date(session.heldOn()) + " · " + session.topic()));
        card.addClassNames("card", "session-card");
        for (GroupDetails.Member member : group.members()) {
            Attendance status = session.attendance().get(member.accountId());
            Div row = new Div(new Span(member.displayName()));
            row.addClassName("follow-up");
            if (group.runsGroup()) {
                row.add(register(session, member, status));
            } else {
                Span marked = new Span(status == null ? "–" : getTranslation("attendance." + status.name()));
                marked.addClassName("hint");
                row.add(marked);
            }
            card.add(row);
        }
        if (group.runsGroup()) {
            Button delete = new Button(getTranslation("action.delete"), click -> ConfirmDelete.open(
                    getTranslation("sessions.delete.header"), session.topic(),
                    () -> view.change(() -> sessions.deleteSession(group.id(), session.id()), this::groupChanged)));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            card.add(delete);
        }
        return card;
    }

    private Select<Attendance> register(SessionsOverview.Session session, GroupDetails.Member member,
                                        Attendance status) {
        Select<Attendance> select = new Select<>();
        select.setItems(Attendance.values());
        select.setItemLabelGenerator(value -> getTranslation("attendance." + value.name()));
        select.setPlaceholder("–");
        select.setAriaLabel(getTranslation("sessions.attendance-of", member.displayName()));
        select.setId("attendance-" + session.id() + "-" + member.accountId());
        select.setValue(status);
        select.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                markAttendance(session, member, select, change.getOldValue());
            }
        });
        select.addClassName("attendance-select");
        return select;
    }

    /**
     * Marks one member at one session; only the attendance rates change with it, so a session being typed in the form
     * above stays. A refused mark puts the select back.
     */
    private void markAttendance(SessionsOverview.Session session, GroupDetails.Member member,
                                Select<Attendance> select, Attendance before) {
        if (Refusals.attempt(() -> sessions.mark(group.id(), session.id(), member.accountId(), select.getValue()))) {
            Div current = rates(sessions.overview(group.id()));
            getContent().replace(rates, current);
            rates = current;
        } else {
            select.setValue(before);
        }
    }
}
