package app.waypoint.skill.ui;

import app.waypoint.base.ui.Refusals;
import app.waypoint.base.ui.Texts;
import app.waypoint.skill.domain.SkillAssessment;
import app.waypoint.skill.service.SkillService;
import app.waypoint.skill.service.SkillStanding;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Every skill employers ask for, with how often, the person's own level and what backs it, and a gap list
 * that puts first what is most asked for and least mastered.
 */
@Route("skills")
@Menu(order = 20, title = "nav.skills", icon = "vaadin:academy-cap")
@PermitAll
public class SkillsView extends Main implements HasDynamicTitle {

    private static final int GAPS_SHOWN = 5;

    final Map<String, Select<Integer>> levels = new LinkedHashMap<>();
    final OrderedList gapList = new OrderedList();

    private final SkillService skillService;

    SkillsView(SkillService skillService) {
        this.skillService = skillService;
        addClassNames("page", "skills-view");
        add(new H1(getTranslation("skills.title")));
        Paragraph intro = new Paragraph(getTranslation("skills.intro"));
        intro.addClassName("hint");

        Div gaps = new Div(new H2(getTranslation("skills.gaps")), hint("skills.gaps.explanation"), gapList);
        gaps.addClassNames("card", "gap-card");
        add(intro, gaps);

        List<SkillStanding> standings = skillService.standings();
        Map<String, List<SkillStanding>> byCategory = standings.stream()
                .collect(Collectors.groupingBy(SkillStanding::category, LinkedHashMap::new, Collectors.toList()));
        byCategory.forEach((category, skills) -> {
            add(new H2(getTranslation("skills.category." + category)));
            Div list = new Div();
            list.addClassName("skill-list");
            skills.forEach(skill -> list.add(row(skill)));
            add(list);
        });
        showGaps(SkillStanding.gapsAmong(standings));
    }

    private Div row(SkillStanding skill) {
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

        Select<Integer> level = new Select<>();
        level.setLabel(getTranslation("skills.level"));
        level.setItems(IntStream.rangeClosed(0, 5).boxed().toList());
        level.setItemLabelGenerator(value -> value + " · " + getTranslation("skills.level." + value));
        level.setValue(skill.level());
        level.setId("level-" + skill.key());
        level.addValueChangeListener(change -> {
            if (change.getValue() != null && Refusals.attempt(() -> skillService.assess(skill.key(), change.getValue()))) {
                showGaps(skillService.gaps());
            }
        });
        levels.put(skill.key(), level);

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
        Div row = new Div(header, level, evidence);
        row.addClassNames("card", "skill-row");
        return row;
    }

    private void showGaps(List<SkillStanding> gaps) {
        gapList.removeAll();
        if (gaps.isEmpty()) {
            gapList.add(new ListItem(getTranslation("skills.gaps.none")));
            return;
        }
        gaps.stream().limit(GAPS_SHOWN).forEach(gap -> {
            int levelsToGo = SkillAssessment.MAX_LEVEL - gap.level();
            gapList.add(new ListItem(getTranslation("skills.gap.item", Texts.of(gap.name()), gap.level(), gap.gap(),
                    gap.gap() / levelsToGo, levelsToGo)));
        });
    }

    private Paragraph hint(String key) {
        Paragraph hint = new Paragraph(getTranslation(key));
        hint.addClassName("hint");
        return hint;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("skills.title") + " · Waypoint";
    }
}
