package app.waypoint.interview.ui;

import app.waypoint.base.ui.BarChart;
import app.waypoint.base.ui.CalendarHeatmap;
import app.waypoint.base.ui.Texts;
import app.waypoint.interview.service.CategoryRetention;
import app.waypoint.interview.service.ReviewSettingsService;
import app.waypoint.interview.service.ReviewStats;
import app.waypoint.interview.service.ReviewStatsService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Review statistics: true retention by category over the last 30 days against the desired retention, the
 * forecast of reviews a day, and a calendar of the reviews of the last 26 weeks; all drawn as SVG on the server.
 */
@Route("interview/review/stats")
@PermitAll
public class ReviewStatsView extends Main implements HasDynamicTitle {

    final Div retentionBox = new Div();
    final Div forecastBox = new Div();
    final Div calendarBox = new Div();

    ReviewStatsView(ReviewStatsService statsService, ReviewSettingsService settings) {
        addClassNames("page", "review-stats-view");
        add(new H1(getTranslation("review-stats.title")));
        ReviewStats stats = statsService.mine();
        if (!stats.anyReviews()) {
            Paragraph empty = new Paragraph(getTranslation("review-stats.empty"));
            empty.addClassName("review-stats-empty");
            add(empty, new Paragraph(new RouterLink(getTranslation("review-stats.to-review"), ReviewView.class)));
            return;
        }
        retentionBox.addClassName("review-stats-retention");
        forecastBox.addClassName("review-forecast");
        calendarBox.addClassName("review-stats-calendar");
        showRetention(stats);
        showForecast(settings.forecast(stats.desiredRetention()), stats.desiredRetention());
        showCalendar(stats);
        RouterLink toReview = new RouterLink(getTranslation("review-stats.to-review"), ReviewView.class);
        RouterLink toSettings = new RouterLink(getTranslation("review.settings-link"), ReviewSettingsView.class);
        Div links = new Div(toReview, toSettings);
        links.addClassName("page-actions");
        add(new H2(getTranslation("review-stats.retention")), retentionBox,
                new H2(getTranslation("review-settings.forecast")), forecastBox,
                new H2(getTranslation("review-stats.calendar")), calendarBox, links);
    }

    private void showRetention(ReviewStats stats) {
        int goal = percent(stats.desiredRetention());
        List<BarChart.Share> rows = new ArrayList<>();
        for (CategoryRetention category : stats.byCategory()) {
            String label = getTranslation("question.category." + category.category().name());
            rows.add(category.retention().isPresent()
                    ? new BarChart.Share(label, category.retention().getAsDouble(),
                            getTranslation("review-stats.retention.value", percent(category.retention().getAsDouble()),
                                    category.reviews()))
                    : new BarChart.Share(label, null, getTranslation("review-stats.retention.none")));
        }
        String described = getTranslation("review-stats.retention.described", goal) + " "
                + rows.stream().map(row -> row.label() + ": " + row.value()).collect(Collectors.joining("; "));
        Svg chart = BarChart.shares(described, rows, stats.desiredRetention(),
                getTranslation("review-stats.retention.goal", goal));
        CategoryRetention overall = stats.overall();
        Paragraph summary = new Paragraph(overall.retention().isPresent()
                ? getTranslation("review-stats.retention.overall", percent(overall.retention().getAsDouble()),
                        overall.reviews(), goal)
                : getTranslation("review-stats.retention.overall.none", goal));
        summary.addClassName("review-stats-overall");
        Paragraph hint = new Paragraph(getTranslation("review-stats.retention.help"));
        hint.addClassName("hint");
        retentionBox.add(summary, chart, hint);
    }

    private void showForecast(int[] perDay, double retention) {
        List<String> labels = new ArrayList<>();
        IntStream.range(0, perDay.length).forEach(day -> labels.add(getTranslation("review-settings.day", day + 1)));
        int total = IntStream.of(perDay).sum();
        String description = getTranslation("review-settings.forecast.described", percent(retention), total,
                Math.round(10.0 * total / perDay.length) / 10.0);
        Paragraph summary = new Paragraph(description);
        summary.addClassName("hint");
        forecastBox.add(BarChart.of(description, labels, perDay, 7), summary);
    }

    private void showCalendar(ReviewStats stats) {
        int total = stats.reviewsPerDay().values().stream().mapToInt(Integer::intValue).sum();
        int days = stats.reviewsPerDay().size();
        String summary = getTranslation("review-stats.calendar.described", ReviewStatsService.CALENDAR_WEEKS, total,
                days);
        Component calendar = CalendarHeatmap.of(stats.reviewsPerDay(), stats.today(), ReviewStatsService.CALENDAR_WEEKS,
                new CalendarHeatmap.Labels(summary,
                        (day, count) -> getTranslation("review-stats.calendar.day", Texts.date(day), count),
                        getLocale(), getTranslation("review-stats.calendar.less"),
                        getTranslation("review-stats.calendar.more")));
        Paragraph hint = new Paragraph(summary);
        hint.addClassName("hint");
        calendarBox.add(calendar, hint);
    }

    private static int percent(double share) {
        return (int) Math.round(share * 100);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review-stats.title") + " · Waypoint";
    }
}
