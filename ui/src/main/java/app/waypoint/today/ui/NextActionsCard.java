package app.waypoint.today.ui;

import app.waypoint.base.ui.Texts;
import app.waypoint.today.service.NextAction;
import app.waypoint.today.service.Today;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/** The next three steps, each one tap away, with about how long they take. */
class NextActionsCard extends Composite<Section> {

    /** Longer than this shows in hours. */
    private static final int MINUTES_SHOWN_AS_MINUTES = 90;

    NextActionsCard(Today today) {
        Section card = getContent();
        card.addClassNames("card", "next-actions-card");
        card.add(new H2(getTranslation("today.actions.title")));
        if (today.actions().isEmpty()) {
            Paragraph done = new Paragraph(getTranslation("today.actions.empty"));
            done.addClassName("hint");
            card.add(done);
            return;
        }
        OrderedList list = new OrderedList();
        list.addClassName("next-actions");
        for (NextAction action : today.actions()) {
            list.add(new ListItem(link(action, today.roadmap().roadmapKey())));
        }
        card.add(list);
    }

    private RouterLink link(NextAction action, String roadmapKey) {
        Span what = new Span(text(action));
        what.addClassName("action-text");
        RouterLink link = Destinations.around(Destinations.of(action.kind(), roadmapKey), what);
        link.addClassName("next-action");
        link.getElement().setAttribute("data-kind", action.kind().name());
        if (!action.kind().isFirstStep()) {
            Span cost = new Span(duration(action.minutes()) + (action.gain() > 0
                    ? " · " + getTranslation("today.action.gain", action.gain()) : ""));
            cost.addClassName("hint");
            link.add(cost);
        }
        return link;
    }

    private String text(NextAction action) {
        String subject = action.subject() == null ? "" : Texts.of(action.subject());
        return switch (action.kind()) {
            case REVIEW_CARDS -> getTranslation("today.action.REVIEW_CARDS", action.count());
            case WRITE_STORY -> getTranslation("today.action.WRITE_STORY",
                    getTranslation("competency." + action.subject().en()));
            case CONTINUE_TOPIC -> getTranslation("today.action.CONTINUE_TOPIC", subject);
            default -> getTranslation("today.action." + action.kind(), subject);
        };
    }

    private String duration(int minutes) {
        return minutes <= MINUTES_SHOWN_AS_MINUTES ? getTranslation("today.action.minutes", minutes)
                : getTranslation("today.action.hours", Math.round(minutes / 60.0));
    }

}
