package app.waypoint.skill.ui;

import app.waypoint.base.ui.Texts;
import app.waypoint.skill.service.DemandSource;
import app.waypoint.skill.service.SkillStanding;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;

import java.util.stream.IntStream;

/**
 * One skill: how often it is asked for, the person's level, what backs it, and, when that evidence suggests a higher
 * level, the suggestion with a button to take it.
 */
class SkillRow extends Composite<Div> {

    /** Saves a level; whether it was saved. */
    @FunctionalInterface
    interface Assess {
        boolean level(String skillKey, int level);
    }

    final Select<Integer> level = new Select<>();
    final Div suggestion = new Div();
    final Button acceptSuggestion = new Button();
    private final SkillStanding skill;

    SkillRow(SkillStanding skill, Assess assess) {
        this.skill = skill;
        H3 name = new H3(Texts.of(skill.name()));
        Span demand = new Span(skill.demand() == null ? getTranslation("skills.demand.unknown")
                : getTranslation("skills.demand", skill.demand()));
        demand.getElement().getThemeList().add(skill.demand() == null ? "badge contrast" : "badge");
        Div header = new Div(name, demand);
        if (skill.postingPercent() != null) {
            Span mine = new Span(getTranslation("skills.demand.mine", skill.postingPercent()));
            mine.getElement().getThemeList().add("badge success");
            header.add(mine);
        }
        header.addClassName("skill-header");

        level.setLabel(getTranslation("skills.level"));
        level.setItems(IntStream.rangeClosed(0, 5).boxed().toList());
        level.setItemLabelGenerator(value -> value + " · " + getTranslation("skills.level." + value));
        level.setValue(skill.level());
        level.setId("level-" + skill.key());
        level.addValueChangeListener(change -> {
            if (change.getValue() != null && assess.level(skill.key(), change.getValue())) {
                showSuggestion(change.getValue());
            }
        });

        Div evidence = new Div();
        evidence.addClassName("skill-evidence");
        if (skill.evidence().isEmpty()) {
            evidence.add(hint("skills.evidence.none"));
        } else {
            evidence.add(new Span(getTranslation("skills.evidence") + " "));
            skill.evidence().forEach(item -> {
                Span done = new Span(Texts.of(item));
                done.getElement().getThemeList().add("badge success pill");
                evidence.add(done);
            });
        }
        Div row = getContent();
        row.add(header);
        if (skill.demandSource() == DemandSource.NONE) {
            row.add(hint("skills.demand.track-postings"));
        }
        row.add(level, evidence);
        if (skill.suggestedLevel() != null) {
            int suggested = skill.suggestedLevel();
            suggestion.add(new Span(getTranslation("skills.suggestion", suggested,
                    getTranslation("skills.level." + suggested))));
            acceptSuggestion.setText(getTranslation("skills.suggestion.accept", suggested));
            acceptSuggestion.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            acceptSuggestion.addClickListener(click -> level.setValue(suggested));
            suggestion.add(acceptSuggestion);
            suggestion.addClassName("skill-suggestion");
            row.add(suggestion);
            showSuggestion(skill.level());
        }
        row.addClassNames("card", "skill-row");
        row.setId("skill-" + skill.key());
    }

    /** The suggestion shows while it is above the level held. */
    private void showSuggestion(int levelNow) {
        suggestion.setVisible(skill.suggestedLevel() != null && skill.suggestedLevel() > levelNow);
    }

    private Paragraph hint(String key) {
        Paragraph hint = new Paragraph(getTranslation(key));
        hint.addClassName("hint");
        return hint;
    }
}
