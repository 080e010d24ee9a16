package app.waypoint.application.ui;

import app.waypoint.account.service.AccountService;
import app.waypoint.application.service.ApplicationCard;
import app.waypoint.application.service.ApplicationDetails;
import app.waypoint.application.service.ApplicationService;
import app.waypoint.application.service.HistoryEntry;
import app.waypoint.application.service.InterviewRoundService;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.ui.Conflicts;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.base.ui.ConfirmDelete;
import app.waypoint.base.ui.Notifications;
import app.waypoint.base.ui.Texts;
import app.waypoint.skill.service.SkillService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * One application: where it stands (move it, close it, reopen it), its details, and its history. A move refreshes
 * the status and the history only, so unsaved edits in the form stay.
 */
@Route("applications/:id")
@PermitAll
public class ApplicationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Div status = new Div();
    final UnorderedList history = new UnorderedList();
    final ApplicationForm form;
    final Button save = new Button();
    final Button delete = new Button();

    private final ApplicationService service;
    private final ZoneId zone;
    private ApplicationDetails details;

    private final InterviewRoundService rounds;
    RoundsSection roundsSection;

    ApplicationView(ApplicationService service, InterviewRoundService rounds, AccountService accounts,
                    SkillService skills) {
        this.service = service;
        this.rounds = rounds;
        this.zone = accounts.currentProfile().timeZone();
        this.form = new ApplicationForm(skills.names());
        addClassNames("page", "application-view");
        save.setText(getTranslation("action.save"));
        save.setId("application-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        delete.setText(getTranslation("action.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(click -> ConfirmDelete.open(getTranslation("application.delete.title"),
                getTranslation("application.delete.text", details.card().company(), details.history().size()),
                this::deleteApplication));
        status.addClassName("status-bar");
        history.addClassName("application-history");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            details = service.application(Long.parseLong(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException | NotFoundException notFound) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class,
                    getTranslation("application.not-found"));
            return;
        }
        removeAll();
        RouterLink back = new RouterLink(getTranslation("applications.back"), ApplicationsView.class);
        add(back, new H1(details.card().company() + " · " + details.card().role()), status);
        form.fill(details.draft());
        Div formActions = new Div(save, delete);
        formActions.addClassName("card-actions");
        roundsSection = new RoundsSection(rounds, details.card().id(), service.today());
        add(roundsSection, new H2(getTranslation("application.details")), form, formActions,
                new H2(getTranslation("application.history")), history);
        showStatus();
        event.getLocation().getQueryParameters().getSingleParameter("round")
                .filter(id -> id.matches("\\d{1,18}")).map(Long::parseLong).ifPresent(roundsSection::focus);
    }

    /** Re-reads the application after a move and shows anew its status and history; the form stays as typed. */
    private void refreshStatus() {
        try {
            details = service.application(details.card().id());
        } catch (NotFoundException gone) {
            Notifications.error(getTranslation("application.gone"));
            UI.getCurrent().navigate(ApplicationsView.class);
            return;
        }
        showStatus();
    }

    private void showStatus() {
        ApplicationCard card = details.card();
        status.removeAll();
        Span stage = new Span(card.stageName());
        stage.getElement().getThemeList().add("badge");
        stage.setId("application-stage");
        status.add(stage);
        if (card.outcome().isClosed()) {
            Span outcome = new Span(getTranslation("application.outcome." + card.outcome()));
            outcome.getElement().getThemeList().add("badge contrast");
            outcome.setId("application-outcome");
            status.add(outcome);
        }
        if (card.silent()) {
            Span silent = new Span(getTranslation("application.silent.since", Texts.date(card.changedAt(), zone)));
            silent.getElement().getThemeList().add("badge warning");
            status.add(silent);
        }
        status.add(ApplicationMoves.menu(service, card, service.stages(), this::refreshStatus));
        if (card.companyType() != null) {
            Anchor strategy = new Anchor("interview#checklist-" + card.companyType().checklistKey(),
                    getTranslation("application.strategy",
                            getTranslation("application.company-type." + card.companyType())));
            status.add(strategy);
        }
        history.removeAll();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale());
        for (HistoryEntry entry : details.history()) {
            String what = entry.outcome().isClosed()
                    ? getTranslation("application.history.closed", entry.stageName(),
                    getTranslation("application.outcome." + entry.outcome()))
                    : entry.stageName();
            Span when = new Span(format.format(entry.at().atZone(zone)));
            when.addClassName("hint");
            history.add(new ListItem(new Span(what), when));
        }
    }

    private void save() {
        form.clearErrors();
        long id = details.card().id();
        try {
            if (Conflicts.attempt(() -> service.update(id, form.draft(), details.card().version()),
                    "application.conflict", () -> details = service.application(id))) {
                details = service.application(id);
                Notifications.success(getTranslation("application.saved"));
            }
        } catch (InvalidInputException invalid) {
            form.showErrors(invalid);
        } catch (NotFoundException gone) {
            Notifications.error(getTranslation("application.gone"));
        }
    }

    private void deleteApplication() {
        try {
            service.delete(details.card().id());
        } catch (NotFoundException alreadyGone) {
            // deleted in another tab: the list is where the person was going anyway
        }
        UI.getCurrent().navigate(ApplicationsView.class);
    }

    @Override
    public String getPageTitle() {
        return (details == null ? getTranslation("applications.title") : details.card().company()) + " · Waypoint";
    }
}
