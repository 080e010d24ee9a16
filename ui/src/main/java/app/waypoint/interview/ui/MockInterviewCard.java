package app.waypoint.interview.ui;

import app.waypoint.base.ui.CardTitles;
import app.waypoint.base.ui.ConfirmDelete;
import app.waypoint.base.ui.Notifications;
import app.waypoint.base.ui.Refusals;
import app.waypoint.base.ui.Texts;
import app.waypoint.interview.service.MockInterviewService;
import app.waypoint.interview.service.MockInterviewView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * One logged mock interview. The person's own has its follow-ups and a delete; one held in a pairing shows each
 * partner's feedback, and the person writes or rewrites theirs in place.
 */
class MockInterviewCard extends Div {

    final long mockId;
    final MockFeedbackSection feedback;

    private final MockInterviewService mocks;
    private final MockInterviewsView log;

    MockInterviewCard(MockInterviewView mock, MockInterviewService mocks, MockInterviewsView log) {
        this.mockId = mock.id();
        this.mocks = mocks;
        this.log = log;
        addClassNames("card", "mock-card");
        Span kind = new Span(getTranslation("mock.kind." + mock.kind().name()));
        kind.getElement().getThemeList().add("badge");
        String heading = Texts.date(mock.heldOn())
                + (mock.partner() == null ? "" : " · " + getTranslation("mock.with", mock.partner()));
        Span stars = new Span("★".repeat(mock.selfRating()) + "☆".repeat(5 - mock.selfRating()));
        stars.addClassName("rating");
        stars.getElement().setAttribute("aria-label", getTranslation("mock.rated", mock.selfRating()));
        add(kind, CardTitles.of(heading), stars);
        if (!mock.mine()) {
            Paragraph loggedBy = new Paragraph(getTranslation("mock.logged-by", mock.loggedBy()));
            loggedBy.addClassName("hint");
            add(loggedBy);
        }
        if (mock.questions() != null) {
            Paragraph questions = new Paragraph(mock.questions());
            questions.addClassName("pre-wrap");
            add(questions);
        }
        mock.followUps().forEach(followUp -> add(followUpRow(followUp)));
        feedback = mock.fromPairing() ? new MockFeedbackSection(mock, mocks, log) : null;
        if (feedback != null) {
            add(feedback);
        }
        if (mock.mine()) {
            Button delete = new Button(getTranslation("action.delete"), VaadinIcon.TRASH.create(),
                    click -> ConfirmDelete.open(getTranslation("mock.delete.header"),
                            getTranslation(mock.fromPairing() ? "mock.delete.text.pairing" : "mock.delete.text",
                                    Texts.date(mock.heldOn())), () -> {
                                Refusals.attempt(() -> mocks.delete(mock.id()));
                                log.show();
                            }));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            Div buttons = new Div(delete);
            buttons.addClassName("card-actions");
            add(buttons);
        }
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
                log.show();
            });
            toCard.addThemeVariants(ButtonVariant.LUMO_SMALL);
            row.add(toCard);
        }
        return row;
    }
}
