package app.waypoint.application.ui;

import app.waypoint.application.service.ApplicationInsights;
import app.waypoint.base.ui.BarChart;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import java.util.List;
import java.util.function.Function;

/** The pipeline in figures, drawn on the server: the funnel, answers, time in each stage, by source and by type. */
class InsightsPanel extends Composite<Div> {

    InsightsPanel(ApplicationInsights insights) {
        Div content = getContent();
        content.addClassName("insights-panel");
        int total = Math.max(1, insights.applications());
        content.add(new H2(getTranslation("insights.funnel")));
        content.add(BarChart.shares(getTranslation("insights.funnel.described", insights.applications()),
                insights.funnel().stream().map(stage -> new BarChart.Share(stage.stage(),
                        (double) stage.reached() / total, String.valueOf(stage.reached()))).toList()));

        content.add(new H2(getTranslation("insights.answers")));
        ApplicationInsights.Rate answered = insights.answered();
        content.add(hint(answered.sent() == 0 ? getTranslation("insights.answers.none")
                : getTranslation("insights.answers.rate", percent(answered.share()), answered.answered(),
                answered.sent())));

        content.add(new H2(getTranslation("insights.time")));
        List<ApplicationInsights.StageTime> times = insights.timeInStage();
        if (times.stream().allMatch(time -> time.medianDays() == null)) {
            content.add(hint(getTranslation("insights.time.none")));
        } else {
            int[] days = times.stream().mapToInt(time -> time.medianDays() == null ? 0
                    : (int) Math.round(time.medianDays())).toArray();
            content.add(BarChart.of(getTranslation("insights.time.described"),
                    times.stream().map(ApplicationInsights.StageTime::stage).toList(), days, 1));
        }
        rates(content, "insights.by-source", insights.bySource(),
                key -> key == null ? getTranslation("application.none") : getTranslation("application.source." + key));
        rates(content, "insights.by-type", insights.byCompanyType(),
                key -> key == null ? getTranslation("application.none")
                        : getTranslation("application.company-type." + key));
    }

    private void rates(Div content, String title, List<ApplicationInsights.GroupRate> rates,
                       Function<String, String> label) {
        content.add(new H2(getTranslation(title)));
        if (rates.isEmpty()) {
            content.add(hint(getTranslation("insights.answers.none")));
            return;
        }
        content.add(BarChart.shares(getTranslation(title + ".described"), rates.stream()
                .map(rate -> new BarChart.Share(label.apply(rate.key()), rate.rate().share(),
                        getTranslation("insights.rate.value", percent(rate.rate().share()), rate.rate().answered(),
                                rate.rate().sent())))
                .toList()));
    }

    private static int percent(Double share) {
        return share == null ? 0 : (int) Math.round(share * 100);
    }

    private static Paragraph hint(String text) {
        Paragraph hint = new Paragraph(text);
        hint.addClassName("hint");
        return hint;
    }
}
