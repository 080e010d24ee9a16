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
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ApplicationViewTest extends KaribuTest {

    @Autowired ApplicationService service;

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
    void anEditSavedInAnotherTabIsNotOverwritten() {
        signUpAndLogIn("tabs@example.com", Language.EN);
        long id = service.add(ApplicationDraft.of("Line", "ML"), null);
        ApplicationView view = open(id);
        service.update(id, ApplicationDraft.of("Line", "ML (other tab)"), service.application(id).card().version());

        _setValue(view.form.role, "ML (this tab)");
        _click(view.save);

        NotificationsKt.expectNotifications(
                "This application was changed meanwhile, in another tab. Your entries are still here: reload to see that version.");
        assertThat(service.application(id).card().role()).isEqualTo("ML (other tab)");
        assertThat(view.form.role.getValue()).isEqualTo("ML (this tab)");
    }

    private ApplicationView open(long id) {
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate(ApplicationView.class, new RouteParameters("id", String.valueOf(id)));
        return _get(ApplicationView.class);
    }
}
