package app.waypoint.interview.ui;

import app.waypoint.base.ui.CardsInBatches;
import app.waypoint.base.ui.Notifications;
import app.waypoint.interview.service.MockInterviewService;
import app.waypoint.interview.service.MockInterviewView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Optional;

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
        logMock.addClickListener(click -> new MockInterviewDialog(mocks, mocks.today(), null, null, this::show)
                .open());
        RouterLink back = new RouterLink(getTranslation("interview.title"), InterviewView.class);
        Div actions = new Div(logMock, back);
        actions.addClassName("page-actions");
        list.addClassName("question-list");
        add(new H1(getTranslation("mocks.title")), actions, list);
        show();
    }

    /**
     * A study group's pairing sends people here with {@code ?pairing=…}: the form opens with the partners filled in,
     * and the interview it logs is shown to them. A pairing that is not the person's (any more) is said so.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("pairing").ifPresent(pairing -> {
            Optional<Long> pairingId = Optional.of(pairing).filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf);
            pairingId.flatMap(mocks::partnersIn).ifPresentOrElse(
                    partners -> new MockInterviewDialog(mocks, mocks.today(), pairingId.get(), partners, this::show)
                            .open(),
                    () -> Notifications.error(getTranslation("mock.pairing.gone")));
        });
    }

    void show() {
        List<MockInterviewView> all = mocks.mockInterviews();
        CardsInBatches.replace(list, all, mock -> new MockInterviewCard(mock, mocks, this));
        if (all.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("mocks.empty"));
            empty.addClassName("empty-state");
            list.add(empty);
        }
    }

    /**
     * Shows one interview's card anew, leaving the others (and anything typed in them) as they are; returns its
     * feedback section, empty when the interview is no longer there to see.
     */
    Optional<MockFeedbackSection> refresh(long mockId) {
        Optional<MockInterviewCard> shown = list.getChildren().filter(MockInterviewCard.class::isInstance)
                .map(MockInterviewCard.class::cast).filter(card -> card.mockId == mockId).findFirst();
        Optional<MockInterviewView> now = mocks.mockInterviews().stream().filter(mock -> mock.id() == mockId)
                .findFirst();
        if (shown.isEmpty() || now.isEmpty()) {
            shown.ifPresent(list::remove);
            return Optional.empty();
        }
        MockInterviewCard card = new MockInterviewCard(now.get(), mocks, this);
        list.replace(shown.get(), card);
        return Optional.ofNullable(card.feedback);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mocks.title") + " · Waypoint";
    }
}
