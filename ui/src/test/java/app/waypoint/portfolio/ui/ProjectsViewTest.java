package app.waypoint.portfolio.ui;

import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.portfolio.domain.ProjectStatus;
import app.waypoint.portfolio.service.ProjectRecordsService;
import app.waypoint.portfolio.service.ProjectService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Skills show by the names people know them by, on template cards and on project cards. */
class ProjectsViewTest extends KaribuTest {

    @Autowired ProjectService projectService;
    @Autowired ProjectRecordsService projectRecords;

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

    @Test
    void readinessSaysAProjectMarkedDoneWithComponentsOpenIsNotFinishedYet() {
        signUpAndLogIn("readiness@example.com", Language.EN);
        long id = projectService.createBlank("Shipped early");
        projectRecords.checkComponent(id, "security", true, null);
        for (ProjectStatus next : new ProjectStatus[] {ProjectStatus.PLANNED, ProjectStatus.IN_PROGRESS,
                ProjectStatus.DONE}) {
            projectService.changeStatus(id, next);
        }
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("projects");

        assertThat(_get(Div.class, spec -> spec.withClasses("readiness")).getElement().getTextRecursively())
                .contains("0 of 2 finished projects",
                        "Grey components are not yet covered by a project marked done.",
                        "A project counts as finished once it is marked done with every component of its checklist"
                                + " checked.");
    }

    @Test
    void aTitleWithHiddenCharactersIsRefusedAtTheFieldInThePersonsLanguage() {
        signUpAndLogIn("pasted@example.com", Language.KO);
        projectService.createBlank("첫 프로젝트");
        openBrowser(Locale.KOREAN);
        UI.getCurrent().navigate("projects");
        _click(_get(Button.class, spec -> spec.withText("새 프로젝트")));

        TextField title = _get(TextField.class, spec -> spec.withLabel("제목"));
        _setValue(title, "복사한\u0000제목\u202E");
        _click(_get(Button.class, spec -> spec.withText("빈 프로젝트로 시작")));

        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).startsWith("보이지 않는 제어 문자가 들어 있습니다");
        assertThat(title.getValue()).isEqualTo("복사한\u0000제목\u202E");
        assertThat(projectService.myProjects()).hasSize(1);
    }
}
