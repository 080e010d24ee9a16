package app.waypoint.today.ui;

import app.waypoint.account.ui.SettingsView;
import app.waypoint.base.ui.Texts;
import app.waypoint.roadmap.service.PlanProjection;
import app.waypoint.today.service.Pace;
import app.waypoint.today.service.Today;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouterLink;

/** The roadmap plan's projected finish against the target date, and this week's study days against last week's. */
class PaceCard extends Composite<Section> {

    PaceCard(Today today) {
        Section card = getContent();
        card.addClassNames("card", "pace-card");
        card.add(new H2(getTranslation("today.pace.title")));
        Pace pace = today.pace();
        PlanProjection plan = pace.plan();
        if (plan == null) {
            Paragraph none = new Paragraph(getTranslation("today.pace.no-plan"));
            RouterLink start = Destinations.roadmap(today.roadmap().roadmapKey());
            start.setText(getTranslation("today.pace.make-plan"));
            card.add(none, start);
        } else {
            Paragraph finish = new Paragraph(getTranslation("today.pace.finish", Texts.date(plan.finish())));
            finish.addClassName("pace-finish");
            card.add(finish);
            if (pace.targetDate() == null) {
                RouterLink target = new RouterLink(SettingsView.class);
                target.setText(getTranslation("today.pace.no-target"));
                card.add(target);
            } else {
                Paragraph against = new Paragraph(pace.weeksLate() == 0
                        ? getTranslation("today.pace.on-track", Texts.date(pace.targetDate()))
                        : getTranslation("today.pace.behind", pace.weeksLate(), Texts.date(pace.targetDate())));
                against.addClassNames("pace-verdict", pace.weeksLate() == 0 ? "on-track" : "behind");
                card.add(against);
            }
        }
        Paragraph week = new Paragraph(getTranslation("today.pace.week", pace.studyDaysThisWeek(),
                pace.studyDaysLastWeek()));
        week.addClassName("pace-week");
        card.add(week);
    }
}
