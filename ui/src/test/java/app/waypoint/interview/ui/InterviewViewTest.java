package app.waypoint.interview.ui;

import app.waypoint.account.ui.LoginView;
import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.interview.service.ChecklistService;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class InterviewViewTest extends KaribuTest {

    @Autowired ChecklistService checklists;

    @Test
    void anonymousVisitorsAreSentToLogin() {
        openBrowser();
        UI.getCurrent().navigate("interview");
        NavigatorKt.expectView(LoginView.class);
    }

    @Test
    void tickingAChecklistItemIsRemembered() {
        signUpAndLogIn("ticks@example.com", Language.EN);
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("interview");
        InterviewView view = _get(InterviewView.class);
        Checkbox firstItem = _get(view.lists, Checkbox.class,
                spec -> spec.withLabel(checklists.checklists().get(0).items().get(0).title().en()));

        _setValue(firstItem, true);

        assertThat(checklists.checklists().get(0).doneCount()).isEqualTo(1);
    }

    @Test
    void anOwnChecklistCanBeAdded() {
        signUpAndLogIn("own@example.com", Language.EN);
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("interview");
        InterviewView view = _get(InterviewView.class);

        _setValue(view.newChecklist, "Kakao final round");
        _click(view.addChecklist);

        assertThat(checklists.checklists()).hasSize(7);
        assertThat(view.lists.getElement().getTextRecursively()).contains("Kakao final round · 0/0");
    }
}
