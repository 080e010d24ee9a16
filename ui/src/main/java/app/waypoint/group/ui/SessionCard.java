package app.waypoint.group.ui;

import app.waypoint.base.service.WebLinks;
import app.waypoint.base.ui.CardTitles;
import app.waypoint.base.ui.Texts;
import app.waypoint.group.domain.Attendance;
import app.waypoint.group.domain.Rsvp;
import app.waypoint.group.service.GroupDetails;
import app.waypoint.group.service.SessionsOverview;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;

import java.util.List;

/**
 * One session: when and where, the agenda, who answers what, the caller's own answer and check-in, and the register
 * (a select per member for owner and admins, read-only for members).
 */
class SessionCard extends Composite<Div> {

    private final SessionsOverview.Session session;

    SessionCard(SessionsOverview.Session session, GroupDetails group, GroupSessionsPanel panel) {
        this.session = session;
        Div card = getContent();
        card.addClassNames("card", "session-card");
        card.setId("session-" + session.id());
        card.add(CardTitles.of(title()));
        if (session.place() != null) {
            card.add(place());
        }
        if (session.agenda() != null) {
            Paragraph agenda = new Paragraph(session.agenda());
            agenda.addClassName("session-agenda");
            card.add(agenda);
        }
        card.add(answers(group));
        long me = group.members().stream().filter(GroupDetails.Member::me).findFirst()
                .map(GroupDetails.Member::accountId).orElse(-1L);
        if (session.upcoming()) {
            card.add(myAnswer(me, panel));
        }
        if (session.attendance().get(me) == Attendance.PRESENT && session.checkInOpen()) {
            Span checkedIn = new Span(getTranslation("session.checked-in"));
            checkedIn.addClassNames("badge", "checked-in");
            card.add(checkedIn);
        } else if (session.checkInOpen()) {
            Button checkIn = new Button(getTranslation("session.check-in"), click -> panel.checkIn(session));
            checkIn.setId("check-in-" + session.id());
            checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            card.add(checkIn);
        }
        // a member sees the register once something is marked in it, not a column of dashes for every session ahead
        boolean register = group.runsGroup() || !session.attendance().isEmpty();
        for (GroupDetails.Member member : register ? group.members() : List.<GroupDetails.Member>of()) {
            Attendance status = session.attendance().get(member.accountId());
            Div row = new Div(new Span(member.displayName()));
            row.addClassName("follow-up");
            if (group.runsGroup()) {
                row.add(register(member, status, panel));
            } else {
                Span marked = new Span(status == null ? "–" : getTranslation("attendance." + status.name()));
                marked.addClassName("hint");
                row.add(marked);
            }
            card.add(row);
        }
        if (group.runsGroup()) {
            Button edit = new Button(getTranslation("action.edit"), click -> panel.edit(session));
            edit.setId("edit-session-" + session.id());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            Button delete = new Button(getTranslation("action.delete"), click -> panel.delete(session));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            Div actions = new Div(edit, delete);
            actions.addClassName("form-buttons");
            card.add(actions);
        }
    }

    long sessionId() {
        return session.id();
    }

    private String title() {
        String when = Texts.date(session.heldOn());
        if (session.startsAt() != null) {
            when += " " + SessionTimes.format(session.startsAt(), getLocale());
        }
        return when + " · " + session.topic();
    }

    /** A link opens in a new tab; anything else is a place to meet, shown as written. */
    private Div place() {
        Div place = new Div();
        place.addClassNames("hint", "session-place");
        if (WebLinks.isHttp(session.place())) {
            Anchor link = new Anchor(session.place(), getTranslation("session.join-link"), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            place.add(link, new Span(" " + session.place()));
        } else {
            place.add(new Span(getTranslation("session.place.shown", session.place())));
        }
        return place;
    }

    /** Counts for everyone, and the names behind each answer. */
    private Div answers(GroupDetails group) {
        Div answers = new Div(new Span(getTranslation("session.rsvp.counts", session.count(Rsvp.GOING),
                session.count(Rsvp.MAYBE), session.count(Rsvp.NOT_GOING))));
        answers.addClassName("session-answers");
        for (Rsvp answer : Rsvp.values()) {
            List<String> names = group.members().stream()
                    .filter(member -> session.answers().get(member.accountId()) == answer)
                    .map(GroupDetails.Member::displayName).toList();
            if (!names.isEmpty()) {
                Span line = new Span(getTranslation("session.rsvp.names", getTranslation("rsvp." + answer.name()),
                        String.join(", ", names)));
                line.addClassName("hint");
                answers.add(line);
            }
        }
        return answers;
    }

    private Div myAnswer(long me, GroupSessionsPanel panel) {
        Rsvp mine = session.answers().get(me);
        Div buttons = new Div();
        buttons.addClassName("rsvp-buttons");
        for (Rsvp answer : Rsvp.values()) {
            Button button = new Button(getTranslation("rsvp." + answer.name()), click -> panel.answer(session, answer));
            button.setId("rsvp-" + session.id() + "-" + answer.name());
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            if (answer == mine) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                button.getElement().setAttribute("aria-pressed", "true");
            }
            buttons.add(button);
        }
        return buttons;
    }

    private Select<Attendance> register(GroupDetails.Member member, Attendance status, GroupSessionsPanel panel) {
        Select<Attendance> select = new Select<>();
        select.setItems(Attendance.values());
        select.setItemLabelGenerator(value -> getTranslation("attendance." + value.name()));
        select.setPlaceholder("–");
        select.setAriaLabel(getTranslation("sessions.attendance-of", member.displayName()));
        select.setId("attendance-" + session.id() + "-" + member.accountId());
        select.setValue(status);
        select.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                panel.mark(session, member, select, change.getOldValue());
            }
        });
        select.addClassName("attendance-select");
        return select;
    }
}
