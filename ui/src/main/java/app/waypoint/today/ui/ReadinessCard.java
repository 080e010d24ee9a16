package app.waypoint.today.ui;

import app.waypoint.interview.domain.QuestionCategory;
import app.waypoint.today.service.PartScore;
import app.waypoint.today.service.Readiness;
import app.waypoint.today.service.ReadinessPart;
import app.waypoint.today.service.Today;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

import java.util.List;
import java.util.stream.Collectors;

/** Readiness toward the target role, 0 to 100, and its six parts; tapping a part explains how it is counted. */
class ReadinessCard extends Composite<Section> {

    ReadinessCard(Today today) {
        Section card = getContent();
        card.addClassNames("card", "readiness-card");
        Readiness readiness = today.readiness();
        H2 title = new H2(getTranslation("today.readiness.title"));
        Span total = new Span(String.valueOf(readiness.total()));
        total.addClassName("readiness-total");
        Span outOf = new Span(getTranslation("today.readiness.out-of"));
        outOf.addClassName("hint");
        String role = today.profile().targetRole() == null ? getTranslation("home.goal.default-role")
                : today.profile().targetRole();
        Div figure = new Div(total, outOf);
        figure.addClassName("readiness-figure");
        figure.getElement().setAttribute("role", "img");
        figure.getElement().setAttribute("aria-label",
                getTranslation("today.readiness.label", readiness.total(), role));
        card.add(title, figure);
        if (today.profile().targetRole() != null) {
            Paragraph toward = new Paragraph(getTranslation("today.readiness.toward", role));
            toward.addClassName("hint");
            card.add(toward);
        }
        if (readiness.total() == 0) {
            Paragraph start = new Paragraph(getTranslation("today.readiness.zero"));
            start.addClassName("hint");
            card.add(start);
        }
        Div parts = new Div();
        parts.addClassName("readiness-parts");
        readiness.parts().forEach(part -> parts.add(part(part, today.roadmap().roadmapKey())));
        Paragraph how = new Paragraph(getTranslation("today.readiness.how"));
        how.addClassName("hint");
        card.add(parts, how);
    }

    private Details part(PartScore score, String roadmapKey) {
        ReadinessPart part = score.part();
        Span name = new Span(getTranslation("today.part." + part));
        name.addClassName("part-name");
        Span points = new Span(getTranslation("today.part.points", score.points(), part.weight()));
        points.addClassName("part-points");
        Div bar = new Div();
        bar.addClassName("part-bar");
        bar.getElement().setAttribute("aria-hidden", "true");
        Div fill = new Div();
        fill.addClassName("part-bar-fill");
        fill.getStyle().set("width", Math.round(score.fraction() * 100) + "%");
        bar.add(fill);
        Div summary = new Div(name, points, bar);
        summary.addClassName("part-summary");
        Details details = new Details(summary);
        details.addClassName("readiness-part");
        details.getElement().setAttribute("data-part", part.name());
        Paragraph explain = new Paragraph(explanation(score));
        RouterLink improve = Destinations.of(part, roadmapKey);
        improve.setText(getTranslation("today.part.improve." + part));
        details.add(explain, improve);
        return details;
    }

    private String explanation(PartScore score) {
        List<Integer> figures = score.figures();
        if (score.part() == ReadinessPart.QUESTIONS) {
            QuestionCategory[] categories = QuestionCategory.values();
            String byCategory = java.util.stream.IntStream.range(0, categories.length)
                    .mapToObj(i -> getTranslation("question.category." + categories[i]) + " " + figures.get(i) + "%")
                    .collect(Collectors.joining(" · "));
            return getTranslation("today.part.QUESTIONS.explain", byCategory);
        }
        return getTranslation("today.part." + score.part() + ".explain", figures.toArray());
    }
}
