package app.waypoint.skill.ui;

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

        _setValue(view.levels.get("python"), 5);

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
        _setValue(view.levels.get("python"), 1);
        assertThat(gapItems(view)).contains("Python — 수준 1, 점수 380 = 요구 빈도 95 × 남은 수준 4");
    }

    private static List<String> gapItems(SkillsView view) {
        return _find(view.gapList, ListItem.class).stream().map(ListItem::getText).toList();
    }
}
