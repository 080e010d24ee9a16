package app.waypoint.activity.ui;

import app.waypoint.activity.service.StreakService;
import app.waypoint.activity.service.StreakView;
import app.waypoint.base.service.NotAllowedException;
import app.waypoint.base.ui.Notifications;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The person's study streak; after one missed day it offers a freeze so the streak survives. */
public class StreakCard extends Composite<Div> {

    final Button freeze = new Button();

    private final StreakService streaks;

    /** Shows {@code streak} as already read by the page; only a freeze reads it again. */
    public StreakCard(StreakService streaks, StreakView streak) {
        this.streaks = streaks;
        getContent().addClassNames("card", "streak-card");
        freeze.setText(getTranslation("streak.freeze"));
        freeze.addClickListener(click -> {
            try {
                streaks.freezeYesterday();
                Notifications.success(getTranslation("streak.frozen"));
            } catch (NotAllowedException notPossible) {
                Notifications.error(getTranslation(notPossible.messageKey()));
            }
            show(streaks.mine());
        });
        show(streak);
    }

    private void show(StreakView streak) {
        getContent().removeAll();
        getContent().add(new H3(getTranslation("streak.title")));
        if (streak.canFreezeYesterday()) {
            getContent().add(new Paragraph(getTranslation("streak.at-risk", streak.atRisk())));
        } else {
            Span days = new Span(streak.days() == 0 ? getTranslation("streak.none")
                    : getTranslation("streak.days", streak.days()));
            days.addClassName(streak.days() == 0 ? "hint" : "streak-days");
            getContent().add(days);
        }
        if (streak.days() > 0 && !streak.activeToday()) {
            getContent().add(new Paragraph(getTranslation("streak.today-open")));
        }
        Span freezes = new Span(getTranslation("streak.freezes", streak.freezesLeft()));
        freezes.addClassName("hint");
        getContent().add(new Div(freezes));
        if (streak.canFreezeYesterday()) {
            getContent().add(freeze);
        }
    }
}
