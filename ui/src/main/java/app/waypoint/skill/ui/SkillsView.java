package app.waypoint.skill.ui;

import app.waypoint.base.ui.Refusals;
import app.waypoint.base.ui.Texts;
import app.waypoint.skill.domain.SkillAssessment;
import app.waypoint.skill.service.DemandSource;
import app.waypoint.skill.service.SkillService;
import app.waypoint.skill.service.SkillStanding;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every skill employers ask for, grouped by category, with how often, the person's own level, what backs it and
 * the level that suggests; a filter by name; and a gap list that puts first what is most asked for and least
 * mastered, each line saying how its score is made.
 */
@Route("skills")
@Menu(order = 20, title = "nav.skills", icon = "vaadin:academy-cap")
@PermitAll
public class SkillsView extends Main implements HasDynamicTitle {

    private static final int GAPS_SHOWN = 5;

    final OrderedList gapList = new OrderedList();
    final TextField filter = new TextField();
    final List<SkillCategory> categories = new ArrayList<>();
    final Paragraph noMatch = new Paragraph();

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

        filter.setLabel(getTranslation("skills.filter"));
        filter.setPlaceholder(getTranslation("skills.filter.placeholder"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> applyFilter());
        filter.addClassName("skill-filter");
        noMatch.addClassName("empty-state");
        noMatch.setVisible(false);
        add(filter, noMatch);

        List<SkillStanding> standings = skillService.standings();
        Map<String, List<SkillStanding>> byCategory = standings.stream()
                .collect(Collectors.groupingBy(SkillStanding::category, LinkedHashMap::new, Collectors.toList()));
        byCategory.forEach((category, skills) -> {
            SkillCategory section = new SkillCategory(category, skills, this::assess);
            categories.add(section);
            add(section);
        });
        showGaps(SkillStanding.gapsAmong(standings));
    }

    /** The row of a skill, made when its category is first opened; null before. */
    SkillRow row(String key) {
        return categories.stream().map(category -> category.rows.get(key)).filter(row -> row != null).findFirst()
                .orElse(null);
    }

    private boolean assess(String key, int level) {
        boolean saved = Refusals.attempt(() -> skillService.assess(key, level));
        if (saved) {
            showGaps(skillService.gaps());
        }
        return saved;
    }

    /** Shows only the skills whose name holds the typed text, in either language, opening their categories. */
    private void applyFilter() {
        String text = filter.getValue() == null ? "" : filter.getValue().strip().toLowerCase(Locale.ROOT);
        long shown = categories.stream().filter(category -> category.filter(text)).count();
        noMatch.setText(getTranslation("skills.filter.none", filter.getValue()));
        noMatch.setVisible(shown == 0);
    }

    private void showGaps(List<SkillStanding> gaps) {
        gapList.removeAll();
        if (gaps.isEmpty()) {
            gapList.add(new ListItem(getTranslation("skills.gaps.none")));
            return;
        }
        gaps.stream().limit(GAPS_SHOWN).forEach(gap -> gapList.add(new ListItem(getTranslation(
                gapKey(gap.demandSource()), Texts.of(gap.name()), gap.level(), gap.gap(), gap.weight(),
                SkillAssessment.MAX_LEVEL - gap.level()))));
    }

    private static String gapKey(DemandSource source) {
        return switch (source) {
            case GUIDE -> "skills.gap.item";
            case GUIDE_AND_POSTINGS -> "skills.gap.item.mixed";
            case POSTINGS -> "skills.gap.item.postings";
            case NONE -> "skills.gap.item.unmeasured";
        };
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
