package app.waypoint.interview.ui;

import app.waypoint.account.ui.LoginView;
import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.interview.domain.ProblemDifficulty;
import app.waypoint.interview.service.ProblemService;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ProblemsViewTest extends KaribuTest {

    @Autowired ProblemService problems;

    @Test
    void anonymousVisitorsAreSentToLogin() {
        openBrowser();
        UI.getCurrent().navigate("interview/problems");
        NavigatorKt.expectView(LoginView.class);
    }

    @Test
    void aProblemIsAddedSolvedAndCountedTowardTheGoal() {
        signUpAndLogIn("coder@example.com", Language.EN);
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("interview/problems");
        ProblemsView view = _get(ProblemsView.class);

        _setValue(view.title, "Two Sum");
        _setValue(view.url, "javascript:alert(1)");
        _click(view.add);
        assertThat(view.url.getErrorMessage()).startsWith("Enter the problem's full web address");
        assertThat(view.difficulty.isInvalid()).isTrue();

        _setValue(view.url, "https://leetcode.com/problems/two-sum/");
        _setValue(view.difficulty, ProblemDifficulty.EASY);
        _click(view.add);
        _click(_get(view.list, Button.class, spec -> spec.withText("Solved")));

        assertThat(problems.progress().solvedTowardGoal()).isEqualTo(1);
        assertThat(view.goal.getElement().getTextRecursively()).contains("1 of 100 Easy–Medium problems solved");
    }
}
