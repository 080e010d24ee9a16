package app.waypoint.skill.ui;

import app.waypoint.skill.service.SkillStanding;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One category of skills that opens and closes; its summary counts the skills and the levels the person's evidence
 * suggests. The rows are made when it first opens, so a closed category costs the page only its summary.
 */
class SkillCategory extends Composite<Details> {

    final Map<String, SkillRow> rows = new LinkedHashMap<>();
    private final List<SkillStanding> skills;
    private final SkillRow.Assess assess;
    private final Div list = new Div();
    private boolean filled;

    SkillCategory(String category, List<SkillStanding> skills, SkillRow.Assess assess) {
        this.skills = skills;
        this.assess = assess;
        list.addClassName("skill-list");
        H2 name = new H2(getTranslation("skills.category." + category));
        name.addClassName("category-name");
        long suggestions = skills.stream().filter(skill -> skill.suggestedLevel() != null).count();
        Span figures = new Span(suggestions == 0 ? getTranslation("skills.category.count", skills.size())
                : getTranslation("skills.category.count-suggested", skills.size(), suggestions));
        figures.addClassName("hint");
        Div summary = new Div(name, figures);
        summary.addClassName("category-summary");
        Details details = getContent();
        details.setSummary(summary);
        details.add(list);
        details.addClassName("skill-category");
        details.setId("category-" + category);
        details.addOpenedChangeListener(change -> {
            if (change.isOpened()) {
                fill();
            }
        });
    }

    void fill() {
        if (filled) {
            return;
        }
        filled = true;
        skills.forEach(skill -> {
            SkillRow row = new SkillRow(skill, assess);
            rows.put(skill.key(), row);
            list.add(row);
        });
    }

    void open() {
        getContent().setOpened(true);
        fill();
    }

    /** Shows the skills whose name holds the text (all for none); whether any is shown. */
    boolean filter(String text) {
        if (text.isEmpty()) {
            rows.values().forEach(row -> row.setVisible(true));
            setVisible(true);
            return true;
        }
        List<SkillStanding> matching = skills.stream().filter(skill -> matches(skill, text)).toList();
        setVisible(!matching.isEmpty());
        if (!matching.isEmpty()) {
            open();
            rows.forEach((key, row) -> row.setVisible(matching.stream().anyMatch(skill -> skill.key().equals(key))));
        }
        return !matching.isEmpty();
    }

    private static boolean matches(SkillStanding skill, String text) {
        return skill.name().ko().toLowerCase(Locale.ROOT).contains(text)
                || skill.name().en().toLowerCase(Locale.ROOT).contains(text) || skill.key().contains(text);
    }
}
