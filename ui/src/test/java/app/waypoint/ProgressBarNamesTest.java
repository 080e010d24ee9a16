package app.waypoint;

import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/** Every progress bar on the main pages tells a screen reader what it measures, in the person's language. */
class ProgressBarNamesTest extends KaribuTest {

    @Autowired RichAccount richAccount;

    @ParameterizedTest
    @ValueSource(strings = {"roadmaps", "roadmaps/" + RichAccount.GUIDE, "projects", "interview/problems"})
    void everyBarHasAName(String page) {
        signUpAndLogIn("bars@example.com", Language.KO);
        richAccount.fill();
        accountService.changeLanguage(Language.KO);
        openBrowser(Locale.KOREAN);

        UI.getCurrent().navigate(page);

        List<ProgressBar> bars = _find(ProgressBar.class);
        assertThat(bars).as(page).isNotEmpty().allSatisfy(bar -> assertThat(bar.getElement().getAttribute("aria-label"))
                .as("the name of a bar on %s", page).isNotBlank().doesNotContainPattern("[a-z]+\\.[a-z]+"));
    }
}
