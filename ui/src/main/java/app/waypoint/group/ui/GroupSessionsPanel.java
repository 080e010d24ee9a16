package app.waypoint.group.ui;

import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.ui.CardTitles;
import app.waypoint.base.ui.ConfirmAction;
import app.waypoint.base.ui.ConfirmDelete;
import app.waypoint.base.ui.DateField;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.base.ui.Refusals;
import app.waypoint.group.domain.Attendance;
import app.waypoint.group.domain.Rsvp;
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

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Sessions: the ones ahead first (soonest first) with each member's answer and check-in, then the house-rule tally
 * and the attendance rates, then past sessions, newest first. Owner and admins also set the weekly schedule and the
 * house rule, add and edit sessions, keep the register and settle fines. A tap refreshes only what it changed.
 */
class GroupSessionsPanel extends Composite<Div> {

    final DatePicker heldOn = new DateField();
    final TextField topic = new TextField();
    final Button add = new Button();
    ScheduleForm schedule;
    HouseRuleForm houseRule;

    private final SessionService sessions;
    private final GroupView view;
    private final Div upcoming = new Div();
    private final Div past = new Div();
    private GroupDetails group;
    private Div rates;
    private Div tallies;

    GroupSessionsPanel(GroupDetails group, SessionService sessions, GroupView view) {
        this.group = group;
        this.sessions = sessions;
        this.view = view;
        getContent().addClassName("group-sessions");
        SessionsOverview overview = sessions.overview(group.id());
        upcoming.addClassName("session-list");
        past.addClassName("session-list");
        getContent().add(upcoming, tallies = tallies(overview), rates = rates(overview));
        if (group.runsGroup()) {
            schedule = new ScheduleForm(group.id(), sessions, this::showAnew);
            schedule.fill(overview.schedule());
            houseRule = new HouseRuleForm(group.id(), sessions, this::showAnew);
            houseRule.fill(overview.houseRule());
            getContent().add(schedule, houseRule, addForm());
        }
        getContent().add(past);
        showSessions(overview);
    }

    /**
     * Shows the sessions, rates and tallies as they are now, for the group's members as they are now; what is being
     * typed in the forms stays.
     */
    void groupChanged(GroupDetails now) {
        group = now;
        show(sessions.overview(group.id()));
    }

    private void showAnew() {
        show(sessions.overview(group.id()));
    }

    private void show(SessionsOverview overview) {
        replaceFigures(overview);
        if (schedule != null) {
            schedule.show(overview.schedule());
            houseRule.show(overview.houseRule());
        }
        showSessions(overview);
    }

    private void replaceFigures(SessionsOverview overview) {
        Div currentRates = rates(overview);
        getContent().replace(rates, currentRates);
        rates = currentRates;
        Div currentTallies = tallies(overview);
        getContent().replace(tallies, currentTallies);
        tallies = currentTallies;
    }

    private void showSessions(SessionsOverview overview) {
        upcoming.removeAll();
        past.removeAll();
        if (overview.sessions().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("sessions.empty"));
            empty.addClassName("empty-state");
            upcoming.add(empty);
        }
        overview.sessions().stream().filter(SessionsOverview.Session::upcoming)
                .sorted(Comparator.comparing(SessionsOverview.Session::heldOn))
                .forEach(session -> upcoming.add(new SessionCard(session, group, this)));
        List<SessionsOverview.Session> before = overview.sessions().stream()
                .filter(session -> !session.upcoming()).toList();
        if (!before.isEmpty()) {
            past.add(CardTitles.of(getTranslation("sessions.past")));
        }
        before.forEach(session -> past.add(new SessionCard(session, group, this)));
    }

    /** Shows one session card anew, and the figures that follow from it, after a tap on it. */
    private void showSession(long sessionId, boolean figures) {
        SessionsOverview overview = sessions.overview(group.id());
        if (figures) {
            replaceFigures(overview);
        }
        overview.sessions().stream().filter(session -> session.id() == sessionId).findFirst()
                .ifPresent(session -> java.util.stream.Stream.of(upcoming, past)
                        .flatMap(Div::getChildren)
                        .filter(card -> card instanceof SessionCard shown && shown.sessionId() == sessionId)
                        .findFirst()
                        .ifPresent(card -> ((Div) card.getParent().orElseThrow())
                                .replace(card, new SessionCard(session, group, this))));
    }

    void answer(SessionsOverview.Session session, Rsvp answer) {
        Refusals.attempt(() -> sessions.answer(group.id(), session.id(), answer));
        showSession(session.id(), false);
    }

    void checkIn(SessionsOverview.Session session) {
        if (Refusals.attempt(() -> sessions.checkIn(group.id(), session.id()))) {
            showSession(session.id(), true);
        } else {
            // the window closed while the page was open: the card stops offering check-in
            showSession(session.id(), false);
        }
    }

    void edit(SessionsOverview.Session session) {
        new SessionDetailsDialog(group.id(), session, sessions, this::showAnew, () -> sessions.overview(group.id())
                .sessions().stream().filter(found -> found.id() == session.id()).findFirst()
                .map(SessionsOverview.Session::version).orElse(session.version())).open();
    }

    void delete(SessionsOverview.Session session) {
        ConfirmDelete.open(getTranslation("sessions.delete.header"), session.topic(),
                () -> view.change(() -> sessions.deleteSession(group.id(), session.id()), this::groupChanged));
    }

    /**
     * Marks one member at one session; the rates and tallies change with it, so a session being typed in the form
     * stays. A refused mark puts the select back.
     */
    void mark(SessionsOverview.Session session, GroupDetails.Member member, Select<Attendance> select,
              Attendance before) {
        if (Refusals.attempt(() -> sessions.mark(group.id(), session.id(), member.accountId(), select.getValue()))) {
            replaceFigures(sessions.overview(group.id()));
        } else {
            select.setValue(before);
        }
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

    /** Each member's absences this month and fines still owed; hidden while the group has no house rule. */
    private Div tallies(SessionsOverview overview) {
        Div tallies = new Div(CardTitles.of(getTranslation("house-rule.tally")));
        tallies.addClassNames("card", "fine-tallies");
        tallies.setVisible(overview.houseRule().isPresent());
        overview.houseRule().ifPresent(rule -> {
            Span ruleText = new Span(getTranslation("house-rule.summary", rule.allowedAbsences(),
                    Won.format(rule.fineWon(), getLocale())));
            ruleText.addClassName("hint");
            tallies.add(ruleText);
        });
        for (SessionsOverview.Tally tally : overview.tallies()) {
            Span figure = new Span(getTranslation("house-rule.tally.row", tally.absencesThisMonth(),
                    Won.format(Math.max(0, tally.owed()), getLocale())));
            figure.addClassName("hint");
            Div row = new Div(new Span(tally.displayName()), figure);
            row.addClassNames("follow-up", "tally-row");
            if (group.runsGroup() && tally.owed() > 0) {
                Button settle = new Button(getTranslation("house-rule.settle"), click -> settle(tally));
                settle.setId("settle-" + tally.accountId());
                settle.addThemeVariants(ButtonVariant.LUMO_SMALL);
                row.add(settle);
            }
            tallies.add(row);
        }
        return tallies;
    }

    /** Settling records money paid, which is not simply undone: it asks first. */
    private void settle(SessionsOverview.Tally tally) {
        String amount = Won.format(tally.owed(), getLocale());
        ConfirmAction.open(getTranslation("house-rule.settle.header"),
                getTranslation("house-rule.settle.text", tally.displayName(), amount),
                getTranslation("house-rule.settle"), false, () -> {
                    Refusals.attempt(() -> sessions.settle(group.id(), tally.accountId(), tally.owed()));
                    replaceFigures(sessions.overview(group.id()));
                });
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
        Div form = new Div(CardTitles.of(getTranslation("sessions.add.title")), heldOn, topic, add);
        form.addClassNames("card", "settings-section");
        return form;
    }
}
