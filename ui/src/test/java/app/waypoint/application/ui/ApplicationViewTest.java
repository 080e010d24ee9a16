package app.waypoint.application.ui;

import app.waypoint.application.domain.ApplicationOutcome;
import app.waypoint.application.domain.CompanyType;
import app.waypoint.application.service.ApplicationDraft;
import app.waypoint.application.service.ApplicationService;
import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.KaribuTest;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ApplicationViewTest extends KaribuTest {

    @Autowired ApplicationService service;
    @Autowired app.waypoint.interview.service.QuestionBankService bank;
    @Autowired app.waypoint.application.service.InterviewRoundService rounds;

    @Test
    void detailsAreSavedAndBadInputIsShownAtTheField() {
        signUpAndLogIn("details@example.com", Language.EN);
        long id = service.add(ApplicationDraft.of("Toss", "Backend"), null);
        ApplicationView view = open(id);

        _setValue(view.form.postingUrl, "not a link");
        _click(view.save);
        assertThat(view.form.postingUrl.isInvalid()).isTrue();
        assertThat(view.form.postingUrl.getErrorMessage()).startsWith("Enter a web address");

        _setValue(view.form.postingUrl, "https://toss.im/career/1");
        _setValue(view.form.companyType, CompanyType.STARTUP);
        _setValue(view.form.followUpOn, LocalDate.of(2026, 12, 20));
        _setValue(view.form.notes, "Asked about **Kafka**");
        _click(view.form.addContact);
        _click(view.save);

        NotificationsKt.expectNotifications("Saved.");
        ApplicationDraft saved = service.application(id).draft();
        assertThat(saved.postingUrl()).isEqualTo("https://toss.im/career/1");
        assertThat(saved.companyType()).isEqualTo(CompanyType.STARTUP);
        assertThat(saved.followUpOn()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(saved.contacts()).as("a contact row without a name is dropped").isEmpty();
    }

    @Test
    void aMoveRefreshesTheStatusAndHistoryButKeepsUnsavedEdits() {
        signUpAndLogIn("move@example.com", Language.EN);
        long id = service.add(ApplicationDraft.of("Naver", "Backend"), null);
        ApplicationView view = open(id);
        _setValue(view.form.notes, "typed but not saved");

        ContextMenuKt._clickItemWithCaption(_get(view.status, MenuBar.class), "Move to 1st interview");

        assertThat(view.status.getElement().getTextRecursively()).contains("1st interview");
        assertThat(view.history.getElement().getTextRecursively()).contains("Wishlist", "1st interview");
        assertThat(view.form.notes.getValue()).isEqualTo("typed but not saved");

        _click(view.save);
        assertThat(service.application(id).draft().notes()).as("the form saves on the version after the move")
                .isEqualTo("typed but not saved");
    }

    @Test
    void aClosedApplicationOffersOnlyReopeningAndLinksToTheStrategyChecklist() {
        signUpAndLogIn("closed@example.com", Language.EN);
        long id = service.add(new ApplicationDraft("Samsung SDS", "AI platform", null, CompanyType.LARGE, null, null,
                null, null, null, null, null, null, null, java.util.List.of(), java.util.Set.of()), null);
        service.close(id, ApplicationOutcome.WITHDRAWN, service.application(id).card().version());
        ApplicationView view = open(id);

        assertThat(view.status.getElement().getTextRecursively()).contains("Withdrawn");
        assertThat(_get(view.status, Anchor.class).getHref()).isEqualTo("interview#checklist-company-large-finance");
        ContextMenuKt._clickItemWithCaption(_get(view.status, MenuBar.class), "Reopen");
        assertThat(service.application(id).card().outcome()).isEqualTo(ApplicationOutcome.OPEN);
        assertThat(view.status.getElement().getTextRecursively()).doesNotContain("Withdrawn");
    }

    @Test
    void anEditSavedInAnotherTabIsNotOverwrittenUntilSavedAgain() {
        signUpAndLogIn("tabs@example.com", Language.EN);
        long id = service.add(ApplicationDraft.of("Line", "ML"), null);
        ApplicationView view = open(id);
        service.update(id, ApplicationDraft.of("Line", "ML (other tab)"), service.application(id).card().version());

        _setValue(view.form.role, "ML (this tab)");
        _click(view.save);

        NotificationsKt.expectNotifications(
                "This application was changed meanwhile, in another tab. Your entries are still here: save again to replace that version.");
        assertThat(service.application(id).card().role()).isEqualTo("ML (other tab)");
        assertThat(view.form.role.getValue()).isEqualTo("ML (this tab)");

        _click(view.save);
        assertThat(service.application(id).card().role()).as("saving again replaces the version seen")
                .isEqualTo("ML (this tab)");
    }

    @Test
    void aRoundIsLoggedAndAQuestionBecomesACardInOneTap() {
        signUpAndLogIn("round@example.com", Language.EN);
        long id = service.add(ApplicationDraft.of("Naver", "AI backend"), null);
        ApplicationView view = open(id);
        assertThat(view.roundsSection.list.getElement().getTextRecursively()).contains("No rounds logged yet.");

        _click(view.roundsSection.logRound);
        RoundDialog dialog = _get(RoundDialog.class);
        _setValue(dialog.questions, "Explain the GIL\n\nHow would you cache embeddings?");
        _setValue(dialog.interviewers, "Kim");
        _click(dialog.save);

        assertThat(view.roundsSection.list.getElement().getTextRecursively())
                .contains("Technical interview", "With Kim", "Explain the GIL", "How would you cache embeddings?");
        _click(_find(view.roundsSection.list, com.vaadin.flow.component.button.Button.class).stream()
                .filter(button -> button.getText().equals("Make a card")).findFirst().orElseThrow());

        assertThat(bank.myCards()).singleElement().satisfies(card -> {
            assertThat(card.question()).isEqualTo("Explain the GIL");
            assertThat(card.company()).isEqualTo("Naver");
        });
        assertThat(view.roundsSection.list.getElement().getTextRecursively()).contains("Card made");

        UI.getCurrent().navigate("interview/questions");
        Anchor back = _get(Anchor.class, spec -> spec.withClasses("card-origin"));
        assertThat(back.getText()).startsWith("Asked in the round: Technical interview, ");
        String[] pathAndQuery = back.getHref().split("\\?");
        UI.getCurrent().navigate(pathAndQuery[0], com.vaadin.flow.router.QueryParameters.fromString(pathAndQuery[1]));
        ApplicationView again = _get(ApplicationView.class);
        assertThat(_get(again.roundsSection.list, com.vaadin.flow.component.html.Div.class,
                spec -> spec.withClasses("round-card")).hasClassName("focused")).isTrue();
    }

    @Test
    void aRoundEditedInAnotherTabKeepsWhatIsTypedHereAndSavingAgainReplacesIt() {
        signUpAndLogIn("round-tabs@example.com", Language.EN);
        long id = service.add(ApplicationDraft.of("Kakao", "AI backend"), null);
        java.time.LocalDateTime heldAt = java.time.LocalDateTime.of(2026, 3, 1, 14, 0);
        long round = rounds.addRound(id, new app.waypoint.application.service.RoundDraft(
                app.waypoint.application.domain.RoundKind.CODING_TEST, heldAt, "Lee", List.of("Two sum"), null, null));
        ApplicationView view = open(id);
        _click(_get(view.roundsSection.list, com.vaadin.flow.component.button.Button.class,
                spec -> spec.withText("Edit the round")));
        RoundDialog dialog = _get(RoundDialog.class);
        rounds.updateRound(round, new app.waypoint.application.service.RoundDraft(
                app.waypoint.application.domain.RoundKind.CODING_TEST, heldAt, "Park (other tab)", List.of("Two sum"),
                null, null), rounds.rounds(id).get(0).version());

        _setValue(dialog.interviewers, "Choi (this tab)");
        _click(dialog.save);
        NotificationsKt.expectNotifications(
                "This round was changed in another tab. Your entries are still here: save again to replace that version.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.interviewers.getValue()).isEqualTo("Choi (this tab)");
        assertThat(rounds.rounds(id).get(0).interviewers()).isEqualTo("Park (other tab)");

        _click(dialog.save);
        assertThat(rounds.rounds(id).get(0).interviewers()).as("saving again replaces the version seen")
                .isEqualTo("Choi (this tab)");
        assertThat(view.roundsSection.list.getElement().getTextRecursively()).contains("With Choi (this tab)");
    }

    private ApplicationView open(long id) {
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate(ApplicationView.class, new RouteParameters("id", String.valueOf(id)));
        return _get(ApplicationView.class);
    }
}
