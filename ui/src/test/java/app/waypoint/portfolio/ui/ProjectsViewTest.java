package app.waypoint.portfolio.ui;

import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.portfolio.service.ProjectService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Skills show by the names people know them by, on template cards and on project cards. */
class ProjectsViewTest extends KaribuTest {

    @Autowired ProjectService projectService;

    @Test
    void templateCardsNameTheirSkills() {
        signUpAndLogIn("templates@example.com", Language.EN);
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("projects");

        String templates = _get(TemplatePicker.class).getElement().getTextRecursively();
        assertThat(templates).contains("FastAPI", "OpenAI API").doesNotContain("openai-api", "fastapi");
    }

    @Test
    void projectCardsNameTheirSkills() {
        signUpAndLogIn("cards@example.com", Language.KO);
        projectService.createFromTemplate("llm-chatbot", Language.KO);
        openBrowser(Locale.KOREAN);
        UI.getCurrent().navigate("projects");

        Div card = _get(Div.class, spec -> spec.withClasses("project-card"));
        assertThat(card.getElement().getTextRecursively()).contains("FastAPI", "OpenAI API")
                .doesNotContain("openai-api", "fastapi");
    }
}
