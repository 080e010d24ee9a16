package app.waypoint.application.ui;

import app.waypoint.application.service.InterviewRoundService;
import app.waypoint.application.service.RoundView;
import app.waypoint.base.ui.ConfirmDelete;
import app.waypoint.base.ui.Refusals;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** The interview rounds of one application; each question asked becomes a question card in one tap. */
class RoundsSection extends Composite<Div> {

    final Button logRound = new Button();
    final Div list = new Div();

    private final InterviewRoundService service;
    private final long applicationId;
    private final LocalDate today;

    RoundsSection(InterviewRoundService service, long applicationId, LocalDate today) {
        this.service = service;
        this.applicationId = applicationId;
        this.today = today;
        logRound.setText(getTranslation("round.new"));
        logRound.setIcon(VaadinIcon.PLUS.create());
        logRound.setId("round-new");
        logRound.addClickListener(click -> new RoundDialog(service, applicationId, null, today, this::refresh).open());
        list.addClassName("round-list");
        getContent().addClassName("rounds-section");
        getContent().add(new H2(getTranslation("round.title")), logRound, list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        List<RoundView> rounds = service.rounds(applicationId);
        if (rounds.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("round.none"));
            none.addClassName("hint");
            list.add(none);
        }
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale());
        rounds.forEach(round -> list.add(round(round, format)));
    }

    /** Scrolls to the round a question card links back to, and marks it; nothing if it is gone. */
    void focus(long roundId) {
        list.getChildren().filter(card -> card.getId().filter(("round-" + roundId)::equals).isPresent())
                .findFirst().ifPresent(card -> {
                    card.getElement().getClassList().add("focused");
                    card.getElement().callJsFunction("scrollIntoView", true);
                });
    }

    private Div round(RoundView round, DateTimeFormatter format) {
        H3 title = new H3(getTranslation("round.kind." + round.kind()) + " · " + format.format(round.heldAt()));
        Div card = new Div(title);
        card.addClassNames("card", "round-card");
        card.setId("round-" + round.id());
        if (round.interviewers() != null) {
            Span with = new Span(getTranslation("round.with", round.interviewers()));
            with.addClassName("hint");
            card.add(new Div(with));
        }
        if (round.selfRating() != null) {
            Span rating = new Span(getTranslation("round.rating.value", round.selfRating()));
            rating.addClassName("hint");
            card.add(new Div(rating));
        }
        UnorderedList asked = new UnorderedList();
        asked.addClassName("round-questions");
        for (RoundView.Question question : round.questions()) {
            ListItem item = new ListItem(new Span(question.text()));
            if (question.isCard()) {
                Span made = new Span(getTranslation("round.question.card"));
                made.getElement().getThemeList().add("badge success small");
                item.add(made);
            } else {
                Button toCard = new Button(getTranslation("round.question.make-card"), click -> {
                    Refusals.attempt(() -> service.makeCard(question.id()));
                    refresh();
                });
                toCard.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                item.add(toCard);
            }
            asked.add(item);
        }
        card.add(asked);
        if (round.followUps() != null) {
            card.add(new Paragraph(getTranslation("round.follow-ups.value", round.followUps())));
        }
        Button edit = new Button(getTranslation("round.edit"), click ->
                new RoundDialog(service, applicationId, round, today, this::refresh).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button delete = new Button(getTranslation("action.delete"), click -> ConfirmDelete.open(
                getTranslation("round.delete.title"), getTranslation("round.delete.text"), () -> {
                    Refusals.attempt(() -> service.deleteRound(round.id()));
                    refresh();
                }));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        Div actions = new Div(edit, delete);
        actions.addClassName("card-actions");
        card.add(actions);
        return card;
    }
}
