package app.waypoint.interview.ui;

import app.waypoint.base.ui.CardTitles;
import app.waypoint.base.ui.CardsInBatches;
import app.waypoint.base.ui.ConfirmDelete;
import app.waypoint.base.ui.Notifications;
import app.waypoint.base.ui.Refusals;
import app.waypoint.base.ui.Texts;
import app.waypoint.interview.service.MockInterviewService;
import app.waypoint.interview.service.MockInterviewView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/** The log of mock interviews: what was asked, how it felt, and follow-ups that turn into review cards. */
@Route("interview/mocks")
@PermitAll
public class MockInterviewsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Button logMock = new Button();
    final Div list = new Div();

    private final MockInterviewService mocks;

    MockInterviewsView(MockInterviewService mocks) {
        this.mocks = mocks;
        addClassNames("page", "mocks-view");
        logMock.setText(getTranslation("mocks.log"));
        logMock.setIcon(VaadinIcon.PLUS.create());
        logMock.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        logMock.addClickListener(click -> openLog(null));
        RouterLink back = new RouterLink(getTranslation("interview.title"), InterviewView.class);
        Div actions = new Div(logMock, back);
        actions.addClassName("page-actions");
        list.addClassName("question-list");
        add(new H1(getTranslation("mocks.title")), actions, list);
        show();
    }

    /** A study group's pairing sends people here with {@code ?partner=…}: the form opens with the partner filled in. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("partner").ifPresent(this::openLog);
    }

    /** Opens the log form, with the partner filled in when the interview came from a pairing. */
    void openLog(String partner) {
        new MockInterviewDialog(mocks, mocks.today(), partner, this::show).open();
    }

    private void show() {
        List<MockInterviewView> all = mocks.mockInterviews();
        CardsInBatches.replace(list, all, this::card);
        if (all.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("mocks.empty"));
            empty.addClassName("empty-state");
            list.add(empty);
        }
    }

    private Div card(MockInterviewView mock) {
        Span kind = new Span(getTranslation("mock.kind." + mock.kind().name()));
        kind.getElement().getThemeList().add("badge");
        String heading = Texts.date(mock.heldOn())
                + (mock.partner() == null ? "" : " · " + getTranslation("mock.with", mock.partner()));
        Span stars = new Span("★".repeat(mock.selfRating()) + "☆".repeat(5 - mock.selfRating()));
        stars.addClassName("rating");
        stars.getElement().setAttribute("aria-label", getTranslation("mock.rated", mock.selfRating()));
        Div card = new Div(kind, CardTitles.of(heading), stars);
        card.addClassNames("card", "mock-card");
        if (mock.questions() != null) {
            Paragraph questions = new Paragraph(mock.questions());
            questions.addClassName("pre-wrap");
            card.add(questions);
        }
        for (MockInterviewView.FollowUp followUp : mock.followUps()) {
            card.add(followUpRow(followUp));
        }
        Button delete = new Button(getTranslation("action.delete"), VaadinIcon.TRASH.create(),
                click -> ConfirmDelete.open(getTranslation("mock.delete.header"),
                        getTranslation("mock.delete.text", Texts.date(mock.heldOn())), () -> {
                            Refusals.attempt(() -> mocks.delete(mock.id()));
                            show();
                        }));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        Div buttons = new Div(delete);
        buttons.addClassName("card-actions");
        card.add(buttons);
        return card;
    }

    private Div followUpRow(MockInterviewView.FollowUp followUp) {
        Span text = new Span(followUp.text());
        text.addClassName("follow-up-text");
        Div row = new Div(text);
        row.addClassName("follow-up");
        if (followUp.isCard()) {
            Span inDeck = new Span(getTranslation("mock.in-deck"));
            inDeck.getElement().getThemeList().add("badge success");
            row.add(inDeck);
        } else {
            Button toCard = new Button(getTranslation("mock.make-card"), VaadinIcon.PLUS.create(), click -> {
                if (Refusals.attempt(() -> mocks.makeCard(followUp.id()))) {
                    Notifications.success(getTranslation("mock.card-made"));
                }
                show();
            });
            toCard.addThemeVariants(ButtonVariant.LUMO_SMALL);
            row.add(toCard);
        }
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mocks.title") + " · Waypoint";
    }
}
