package app.waypoint.skill.ui;

import app.waypoint.roadmap.domain.ProgressStatus;
import app.waypoint.roadmap.service.RoadmapOutline;
import app.waypoint.roadmap.service.RoadmapService;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import app.waypoint.account.ui.LoginView;
import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.skill.service.SkillService;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class SkillsViewTest extends KaribuTest {

    @Autowired SkillService skillService;
    @Autowired RoadmapService roadmapService;

    @Test
    void anonymousVisitorsAreSentToLogin() {
        openBrowser();
        UI.getCurrent().navigate("skills");
        NavigatorKt.expectView(LoginView.class);
    }

    @Test
    void theGapListPutsTheMostDemandedSkillFirstAndFollowsTheLevels() {
        signUpAndLogIn("skills@example.com", Language.EN);
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("skills");
        SkillsView view = _get(SkillsView.class);
        assertThat(gapItems(view).get(0)).as("the score is explained on its line")
                .isEqualTo("Python — level 0, score 475 = how often asked 95 × 5 levels to go");

        _setValue(opened(view, "python").level, 5);

        assertThat(gapItems(view)).noneMatch(item -> item.startsWith("Python "));
        assertThat(skillService.standings()).filteredOn(skill -> skill.key().equals("python"))
                .extracting(skill -> skill.level()).containsExactly(5);
    }

    @Test
    void theScoreIsExplainedInKoreanToo() {
        signUpAndLogIn("skills-ko@example.com", Language.KO);
        openBrowser(Locale.KOREAN);
        UI.getCurrent().navigate("skills");
        SkillsView view = _get(SkillsView.class);
        assertThat(gapItems(view).get(0)).isEqualTo("Python — 수준 0, 점수 475 = 요구 빈도 95 × 남은 수준 5");
        _setValue(opened(view, "python").level, 1);
        assertThat(gapItems(view)).contains("Python — 수준 1, 점수 380 = 요구 빈도 95 × 남은 수준 4");
    }

    @Test
    void skillsAreGroupedInCategoriesThatOpenOnATapAndAFilterFindsThemByName() {
        SkillsView view = openAs("groups@example.com");
        assertThat(view.categories).hasSize(5);
        assertThat(view.row("python")).as("rows are made when their category opens").isNull();
        assertThat(view.categories.get(0).getElement().getTextRecursively()).contains("Languages and fundamentals",
                "4 skills");

        _setValue(view.filter, "dock");
        assertThat(view.categories).filteredOn(category -> category.isVisible()).hasSize(1);
        assertThat(view.row("docker").isVisible()).isTrue();
        assertThat(view.row("kubernetes").isVisible()).isFalse();
        assertThat(view.noMatch.isVisible()).isFalse();

        _setValue(view.filter, "벡터");
        assertThat(view.row("vector-db").isVisible()).as("Korean names match too").isTrue();

        _setValue(view.filter, "cobol");
        assertThat(view.categories).noneMatch(category -> category.isVisible());
        assertThat(view.noMatch.isVisible()).isTrue();
        assertThat(view.noMatch.getText()).isEqualTo("No skill matches \"cobol\". Clear the filter to see them all.");

        _setValue(view.filter, "");
        assertThat(view.categories).allMatch(category -> category.isVisible());
        assertThat(view.row("kubernetes").isVisible()).isTrue();
        assertThat(view.noMatch.isVisible()).isFalse();
    }

    @Test
    void aFinishedTopicSuggestsALevelThatIsTakenInATap() {
        signUpAndLogIn("suggest@example.com", Language.EN);
        RoadmapOutline outline = roadmapService.outline("ai-backend-2025h2");
        roadmapService.changeStatus(outline.stages().get(0).topics().get(0).id(), ProgressStatus.DONE);
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("skills");
        SkillsView view = _get(SkillsView.class);
        assertThat(view.categories.get(0).getElement().getTextRecursively())
                .contains("4 skills · 1 with a suggested level");

        SkillRow python = opened(view, "python");
        assertThat(python.suggestion.isVisible()).isTrue();
        assertThat(python.suggestion.getElement().getTextRecursively())
                .startsWith("Your evidence suggests level 2 · Know the basics");
        assertThat(python.getElement().getTextRecursively()).contains("Python basics and advanced features");
        _click(python.acceptSuggestion);

        assertThat(python.level.getValue()).isEqualTo(2);
        assertThat(python.suggestion.isVisible()).isFalse();
        assertThat(skillService.standings()).filteredOn(skill -> skill.key().equals("python"))
                .extracting(skill -> skill.level()).containsExactly(2);
        assertThat(gapItems(view)).as("the gap list follows: 95 × 3 = 285 falls behind PyTorch's 400")
                .noneMatch(item -> item.startsWith("Python")).first().asString().startsWith("PyTorch");
    }

    @Test
    void aSkillWithoutFiguresSaysHowItRanksAndHowToRankItByOnesOwnPostings() {
        SkillsView view = openAs("unmeasured@example.com");
        skillService.standings().stream().filter(skill -> skill.demand() != null)
                .forEach(skill -> skillService.assess(skill.key(), 5));
        _setValue(opened(view, "java").level, 1);

        assertThat(gapItems(view))
                .contains("C/C++ — level 0, score 125 = 25, the weight of a skill no figures mention, × 5 levels to go");
        assertThat(view.row("java").getElement().getTextRecursively())
                .contains("Not in the guide's figures", "track job postings with their skills");
    }

    private SkillsView openAs(String email) {
        signUpAndLogIn(email, Language.EN);
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("skills");
        return _get(SkillsView.class);
    }

    private static SkillRow opened(SkillsView view, String key) {
        view.categories.forEach(SkillCategory::open);
        return view.row(key);
    }

    private static List<String> gapItems(SkillsView view) {
        return _find(view.gapList, ListItem.class).stream().map(ListItem::getText).toList();
    }
}
