package app.waypoint.today.ui;

import app.waypoint.activity.service.ActivityStanding;
import app.waypoint.base.ui.CalendarHeatmap;
import app.waypoint.base.ui.Texts;
import app.waypoint.today.service.Today;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

/** The work of the last twelve months, a square a day; recent weeks show first on a phone. */
class ActivityCard extends Composite<Section> {

    static final int WEEKS = 53;

    ActivityCard(Today today) {
        Section card = getContent();
        card.addClassNames("card", "activity-card");
        card.add(new H2(getTranslation("today.activity.title")));
        ActivityStanding activity = today.activity();
        LocalDate first = CalendarHeatmap.firstDay(activity.today(), WEEKS);
        Map<LocalDate, Integer> shown = activity.workPerDay().entrySet().stream()
                .filter(day -> !day.getKey().isBefore(first) && !day.getKey().isAfter(activity.today()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        int total = shown.values().stream().mapToInt(Integer::intValue).sum();
        String summary = getTranslation("today.activity.summary", total, shown.size());
        card.add(CalendarHeatmap.of(shown, activity.today(), WEEKS, new CalendarHeatmap.Labels(summary,
                (day, count) -> getTranslation("today.activity.day", Texts.date(day), count), getLocale(),
                getTranslation("review-stats.calendar.less"), getTranslation("review-stats.calendar.more"))));
        Paragraph hint = new Paragraph(total == 0 ? getTranslation("today.activity.empty") : summary);
        hint.addClassName("hint");
        card.add(hint);
    }
}
