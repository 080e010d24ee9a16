package app.waypoint.roadmap.ui;

import app.waypoint.StatementCounter;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.roadmap.domain.ProgressStatus;
import app.waypoint.roadmap.service.CustomRoadmaps;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Opening a roadmap costs the same few statements whether it has 16 topics or 160. */
class RoadmapViewStatementCountTest extends KaribuTest {

    private static final int BUDGET = 10;

    @Autowired StatementCounter statements;
    @Autowired CustomRoadmaps customRoadmaps;
    @Autowired CurrentUser currentUser;

    @Test
    void renderingDoesNotGrowWithTheNumberOfTopics() {
        signUpAndLogIn("count@example.com", Language.EN);
        customRoadmaps.create(currentUser.id(), CustomRoadmaps.generated("big-roadmap", 4, 40, 3));
        openBrowser(Locale.ENGLISH);

        int builtIn = statementsToOpen("ai-backend-2025h2");
        String builtInStatements = statements.statements().toString();
        int big = statementsToOpen("big-roadmap");

        assertThat(big).as("%s%nversus%n%s", statements.statements(), builtInStatements).isEqualTo(builtIn).isLessThanOrEqualTo(BUDGET);
    }

    @Test
    void onlyTheOpenStageIsRenderedAndOpeningTheOthersReadsNothing() {
        signUpAndLogIn("lean@example.com", Language.EN);
        customRoadmaps.create(currentUser.id(), CustomRoadmaps.generated("big-roadmap", 4, 40, 3));
        openBrowser(Locale.ENGLISH);
        statementsToOpen("big-roadmap");
        RoadmapView view = _get(RoadmapView.class);
        int firstRender = elements(view.getElement());

        assertThat(view.cards).as("the first stage's cards").hasSize(40);
        statements.reset();
        _find(view, Details.class).forEach(stage -> stage.setOpened(true));

        assertThat(statements.count()).as("the cards come from what was read to open the view").isZero();
        assertThat(view.cards).hasSize(160);
        assertThat(firstRender).as("elements on first render, against %s with every stage open",
                elements(view.getElement())).isLessThan(elements(view.getElement()) / 3);
    }

    private static int elements(Element element) {
        return 1 + element.getChildren().mapToInt(RoadmapViewStatementCountTest::elements).sum();
    }

    @Test
    void aStatusTapReadsOnlyTheFiguresAgainWhateverTheNumberOfTopics() {
        signUpAndLogIn("tap.count@example.com", Language.EN);
        customRoadmaps.create(currentUser.id(), CustomRoadmaps.generated("big-roadmap", 4, 40, 3));
        openBrowser(Locale.ENGLISH);

        statementsToOpen("ai-backend-2025h2");
        int builtIn = statementsToTap();
        String builtInStatements = statements.statements().toString();
        statementsToOpen("big-roadmap");
        int big = statementsToTap();

        assertThat(big).as("%s%nversus%n%s", statements.statements(), builtInStatements).isEqualTo(builtIn)
                .as("the change itself, then the figures").isLessThanOrEqualTo(BUDGET);
        assertThat(String.join("\n", statements.statements()).toLowerCase(Locale.ROOT))
                .as("no note, evidence, resource or skill is read again")
                .doesNotContain("evidence", "resource", "node_skill", "from skill");
    }

    /** Counts one tap on the first topic's "learning", with the figures that follow it. */
    private int statementsToTap() {
        TopicCard first = _get(RoadmapView.class).cards.values().iterator().next();
        statements.reset();
        _click(first.status.button(ProgressStatus.IN_PROGRESS));
        return statements.count();
    }

    /** Counts a fresh view of the roadmap, coming from the list as a person would. */
    private int statementsToOpen(String key) {
        UI.getCurrent().navigate("roadmaps");
        statements.reset();
        UI.getCurrent().navigate(RoadmapView.class, new RouteParameters("key", key));
        _get(RoadmapView.class);
        return statements.count();
    }
}
