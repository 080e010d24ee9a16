package app.waypoint.application.ui;

import app.waypoint.MutableClock;
import app.waypoint.StatementCounter;
import app.waypoint.account.ui.LoginView;
import app.waypoint.application.domain.ApplicationOutcome;
import app.waypoint.application.service.ApplicationDraft;
import app.waypoint.application.service.ApplicationService;
import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ApplicationsViewTest extends KaribuTest {

    @Autowired ApplicationService service;
    @Autowired app.waypoint.application.service.ApplicationCsvService csv;
    @Autowired StatementCounter statements;
    @Autowired MutableClock clock;

    private Instant before;

    @BeforeEach
    void fixedTime() {
        before = clock.instant();
        clock.set(Instant.parse("2026-03-02T00:30:00Z"));
    }

    @AfterEach
    void timeAsItWas() {
        clock.set(before);
    }

    @Test
    void anonymousVisitorsAreSentToLogin() {
        openBrowser();
        UI.getCurrent().navigate("applications");
        NavigatorKt.expectView(LoginView.class);
    }

    @Test
    void aNewPersonSeesAnEmptyStateAndAddsAnApplication() {
        signUpAndLogIn("first@example.com", Language.KO);
        openBrowser(Locale.KOREAN);
        UI.getCurrent().navigate("applications");
        ApplicationsView view = _get(ApplicationsView.class);
        assertThat(view.content.getElement().getTextRecursively()).contains("아직 지원이 없습니다");

        _click(view.add);
        AddApplicationDialog dialog = _get(AddApplicationDialog.class);
        _click(dialog.add);
        assertThat(dialog.company.isInvalid()).isTrue();
        assertThat(dialog.company.getErrorMessage()).isEqualTo("회사를 입력하세요.");
        _setValue(dialog.company, "네이버");
        _setValue(dialog.role, "AI 백엔드");
        _click(dialog.add);

        ApplicationView opened = _get(ApplicationView.class);
        assertThat(_get(opened, com.vaadin.flow.component.html.H1.class).getText()).isEqualTo("네이버 · AI 백엔드");
        assertThat(opened.status.getElement().getTextRecursively()).contains("관심");
        assertThat(opened.history.getElement().getTextRecursively()).contains("관심");
    }

    @Test
    void addingTheSameCompanyAgainShowsTheEarlierApplicationAndHowItEnded() {
        signUpAndLogIn("again@example.com", Language.EN);
        long earlier = service.add(ApplicationDraft.of("Kakao", "ML engineer"), null);
        service.close(earlier, ApplicationOutcome.REJECTED, service.application(earlier).card().version());
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("applications");

        _click(_get(ApplicationsView.class).add);
        AddApplicationDialog dialog = _get(AddApplicationDialog.class);
        assertThat(dialog.earlier.isVisible()).isFalse();
        _setValue(dialog.company, " kakao ");

        assertThat(dialog.earlier.isVisible()).isTrue();
        assertThat(dialog.earlier.getElement().getTextRecursively())
                .contains("You applied here before:", "Kakao · ML engineer: Wishlist, Rejected");
    }

    @Test
    void aMoveFromTheMenuRefreshesTheBoardAndKeepsTheSearchAsTyped() {
        signUpAndLogIn("mover@example.com", Language.EN);
        long naver = service.add(ApplicationDraft.of("Naver", "Backend"), null);
        service.add(ApplicationDraft.of("Kakao", "ML"), null);
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("applications");
        ApplicationsView view = _get(ApplicationsView.class);
        _setValue(view.search, "nav");
        assertThat(view.content.getElement().getTextRecursively()).contains("Naver").doesNotContain("Kakao");

        ContextMenuKt._clickItemWithCaption(_get(_get(view.content, StageBoard.class), MenuBar.class), "Move to Applied");

        assertThat(service.application(naver).card().stageName()).isEqualTo("Applied");
        assertThat(view.search.getValue()).isEqualTo("nav");
        assertThat(column(view, "Applied")).contains("Naver");
        assertThat(column(view, "Wishlist")).doesNotContain("Naver");
    }

    @Test
    void theTableFiltersByStageAndOutcomeTogetherWithTheSearch() {
        signUpAndLogIn("filter@example.com", Language.EN);
        long applied = service.board().stages().get(1).id();
        service.add(ApplicationDraft.of("Naver", "Backend"), applied);
        long naverCloud = service.add(ApplicationDraft.of("Naver Cloud", "MLOps"), applied);
        service.close(naverCloud, ApplicationOutcome.REJECTED, service.application(naverCloud).card().version());
        service.add(ApplicationDraft.of("Kakao", "ML"), null);
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("applications");
        ApplicationsView view = _get(ApplicationsView.class);
        assertThat(view.filters.isVisible()).as("filters belong to the table").isFalse();

        view.layouts.setSelectedTab(view.tableTab);
        assertThat(view.filters.isVisible()).isTrue();
        _setValue(view.stageFilter, service.board().stages().get(1));
        assertThat(tableCompanies(view)).containsExactlyInAnyOrder("Naver", "Naver Cloud");
        _setValue(view.outcomeFilter, ApplicationOutcome.OPEN);
        assertThat(tableCompanies(view)).containsExactly("Naver");
        _setValue(view.outcomeFilter, ApplicationOutcome.WITHDRAWN);
        assertThat(view.content.getElement().getTextRecursively()).contains("No application matches these filters.");

        _setValue(view.outcomeFilter, null);
        _setValue(view.search, "cloud");
        assertThat(tableCompanies(view)).containsExactly("Naver Cloud");
        _setValue(view.stageFilter, null);
        _setValue(view.search, "");
        assertThat(tableCompanies(view)).hasSize(3);
    }

    @Test
    void aSilentApplicationIsFlaggedOnTheBoardAndMarkedGhostedInOneTap() {
        signUpAndLogIn("silent@example.com", Language.EN);
        long applied = service.board().stages().get(1).id();
        long coupang = service.add(ApplicationDraft.of("Coupang", "Backend"), applied);
        clock.advance(Duration.ofDays(25));
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("applications");
        ApplicationsView view = _get(ApplicationsView.class);
        assertThat(column(view, "Applied")).contains("No reply for 25 days");

        _click(_find(view.content, com.vaadin.flow.component.button.Button.class).stream()
                .filter(button -> button.getText().equals("Mark ghosted")).findFirst().orElseThrow());

        assertThat(service.application(coupang).card().outcome()).isEqualTo(ApplicationOutcome.GHOSTED);
        assertThat(column(view, "Applied")).contains("Ghosted").doesNotContain("No reply");
    }

    @Test
    void theTableListsEveryApplicationAndTheBoardCostsTheSameForOneAndForFifty() {
        signUpAndLogIn("table@example.com", Language.EN);
        service.add(ApplicationDraft.of("Company 0", "Role"), null);
        openBrowser(Locale.ENGLISH);
        int forOne = statementsToOpen();
        for (int i = 1; i < 50; i++) {
            service.add(ApplicationDraft.of("Company " + i, "Role"), null);
        }
        int forFifty = statementsToOpen();
        String counted = statements.statements().toString();

        ApplicationsView view = _get(ApplicationsView.class);
        view.layouts.setSelectedTab(view.tableTab);
        assertThat(_get(view.content, Grid.class).getGenericDataView().getItems().count()).isEqualTo(50);
        assertThat(forFifty).as(counted).isEqualTo(forOne).isLessThanOrEqualTo(4);
    }

    @Test
    void aLongColumnShowsThirtyCardsAndTheRestOnRequest() {
        signUpAndLogIn("long@example.com", Language.KO);
        for (int i = 0; i < 70; i++) {
            service.add(ApplicationDraft.of("Company " + i, "Role"), null);
        }
        openBrowser(Locale.KOREAN);
        UI.getCurrent().navigate("applications");
        ApplicationsView view = _get(ApplicationsView.class);
        assertThat(_find(view.content, Div.class, spec -> spec.withClasses("application-card"))).hasSize(30);

        _click(_get(view.content, Button.class, spec -> spec.withText("30개 더 보기 (남은 40개)")));
        _click(_get(view.content, Button.class, spec -> spec.withText("나머지 10개 보기")));

        assertThat(_find(view.content, Div.class, spec -> spec.withClasses("application-card"))).hasSize(70);
        assertThat(_find(view.content, Button.class, spec -> spec.withClasses("show-more"))).isEmpty();
        assertThat(column(view, "관심")).startsWith("관심 · 70");
    }

    @Test
    void theInsightsTabDrawsTheFunnelAndTheAnswersAsNamedCharts() {
        signUpAndLogIn("insights@example.com", Language.EN);
        long naver = service.add(ApplicationDraft.of("Naver", "Backend"), null);
        service.move(naver, service.board().stages().get(1).id(), service.application(naver).card().version());
        service.close(naver, ApplicationOutcome.REJECTED, service.application(naver).card().version());
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("applications");
        ApplicationsView view = _get(ApplicationsView.class);

        view.layouts.setSelectedTab(view.insightsTab);

        assertThat(view.content.getElement().getTextRecursively())
                .contains("100% of sent applications got an answer (1 of 1)");
        assertThat(_find(view.content, com.vaadin.flow.component.Svg.class)).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(svg -> assertThat(svg.getElement().getProperty("innerHTML", "")
                        + svg.getElement().getOuterHTML()).contains("aria-label"));
    }

    @Test
    void ownStagesAreRenamedReorderedAddedAndTheBoardFollows() {
        signUpAndLogIn("stages@example.com", Language.EN);
        service.add(ApplicationDraft.of("Naver", "Backend"), null);
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("applications");
        ApplicationsView view = _get(ApplicationsView.class);
        _click(view.editStages);
        StagesDialog dialog = _get(StagesDialog.class);

        _setValue(dialog.newName, "Reference check");
        _click(dialog.addStage);
        com.vaadin.flow.component.html.Div last = (com.vaadin.flow.component.html.Div)
                dialog.rows.getChildren().reduce((a, b) -> b).orElseThrow();
        _click(_find(last, com.vaadin.flow.component.button.Button.class).get(1));   // up, above "Offer"
        com.vaadin.flow.component.html.Div first = (com.vaadin.flow.component.html.Div)
                dialog.rows.getChildren().findFirst().orElseThrow();
        _setValue(_get(first, com.vaadin.flow.component.textfield.TextField.class), "Interested");
        _click(_find(first, com.vaadin.flow.component.button.Button.class).get(0));
        _click(_find(first, com.vaadin.flow.component.button.Button.class).get(3));   // delete: Naver is in it

        assertThat(service.board().stages()).extracting(stage -> stage.name()).startsWith("Interested")
                .endsWith("Reference check", "Offer").hasSize(9);
        NotificationsKt.expectNotifications("Stage saved.", "Applications are in this stage. Move them first.");
        assertThat(view.content.getElement().getTextRecursively()).contains("Interested · 1", "Reference check · 0");
    }

    @Test
    void aStageRenamedInAnotherTabKeepsTheNameTypedHereUntilSavedAgain() {
        signUpAndLogIn("stage-tabs@example.com", Language.EN);
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("applications");
        _click(_get(ApplicationsView.class).editStages);
        StagesDialog dialog = _get(StagesDialog.class);
        var stage = service.board().stages().get(0);
        service.changeStage(stage.id(), "Renamed in another tab", null, stage.version());

        com.vaadin.flow.component.html.Div first = (com.vaadin.flow.component.html.Div)
                dialog.rows.getChildren().findFirst().orElseThrow();
        var name = _get(first, com.vaadin.flow.component.textfield.TextField.class);
        _setValue(name, "Typed here");
        _click(_find(first, com.vaadin.flow.component.button.Button.class).get(0));
        NotificationsKt.expectNotifications(
                "This stage was changed in another tab. Your entry is still here: save again to replace that version.");
        assertThat(name.getValue()).isEqualTo("Typed here");
        assertThat(service.board().stages().get(0).name()).isEqualTo("Renamed in another tab");

        _click(_find(first, com.vaadin.flow.component.button.Button.class).get(0));
        assertThat(service.board().stages().get(0).name()).as("saving again replaces the version seen")
                .isEqualTo("Typed here");
    }

    @Test
    void somebodyElsesApplicationIsNotFound() {
        signUpAndLogIn("owner@example.com", Language.EN);
        long theirs = service.add(ApplicationDraft.of("Secret Co", "Role"), null);
        signUpAndLogIn("snoop@example.com", Language.EN);
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate(ApplicationView.class, new RouteParameters("id", String.valueOf(theirs)));
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("Secret Co");
        assertThat(_find(ApplicationView.class)).isEmpty();
    }

    @Test
    void aCsvFileIsPreviewedRowByRowAndOnlyTheGoodRowsAreImported() {
        signUpAndLogIn("csv@example.com", Language.KO);
        openBrowser(Locale.KOREAN);
        UI.getCurrent().navigate("applications");
        ApplicationsView view = _get(ApplicationsView.class);
        assertThat(view.exportCsv.getElement().getAttribute("download")).isNotNull();
        _click(view.importCsv);
        CsvImportDialog dialog = _get(CsvImportDialog.class);
        byte[] file = "회사,직무,단계\n카카오,ML 엔지니어,지원\n,백엔드,관심\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        dialog.show(file, csv.preview(file));

        assertThat(dialog.preview.getElement().getTextRecursively())
                .contains("1개 행을 가져올 수 있고, 문제가 있는 1개 행은 빠집니다.", "3번째 줄", "회사를 입력하세요.");
        assertThat(service.board().applications()).as("nothing saved before asked").isEmpty();
        _click(dialog.importRows);

        NotificationsKt.expectNotifications("지원 1건을 가져왔습니다.");
        assertThat(service.board().applications()).extracting(card -> card.company()).containsExactly("카카오");
        assertThat(view.content.getElement().getTextRecursively()).contains("카카오");
    }

    @Test
    void aRefusedFileSaysWhyAndOffersNoImport() {
        signUpAndLogIn("badcsv@example.com", Language.EN);
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("applications");
        _click(_get(ApplicationsView.class).importCsv);
        CsvImportDialog dialog = _get(CsvImportDialog.class);
        byte[] file = "Role,Stage\nBackend,Applied\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        dialog.show(file, csv.preview(file));

        assertThat(dialog.preview.getElement().getTextRecursively()).contains("The file has no company column");
        assertThat(dialog.importRows.isVisible()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<String> tableCompanies(ApplicationsView view) {
        return ((Grid<app.waypoint.application.service.ApplicationCard>) _get(view.content, Grid.class))
                .getGenericDataView().getItems().map(card -> card.company()).toList();
    }

    private int statementsToOpen() {
        UI.getCurrent().navigate("settings");
        statements.reset();
        UI.getCurrent().navigate("applications");
        _get(ApplicationsView.class);
        return statements.count();
    }

    private static String column(ApplicationsView view, String stage) {
        return _find(view.content, com.vaadin.flow.component.html.Div.class).stream()
                .filter(div -> div.getClassNames().contains("stage-column"))
                .filter(div -> div.getElement().getChild(0).getText().startsWith(stage + " ·"))
                .map(div -> div.getElement().getTextRecursively()).findFirst().orElse("(no column " + stage + ")");
    }
}
