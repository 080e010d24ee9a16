package app.waypoint.application.ui;

import app.waypoint.application.service.ApplicationBoard;
import app.waypoint.application.service.ApplicationCard;
import app.waypoint.application.service.ApplicationService;
import app.waypoint.application.service.StageView;
import app.waypoint.application.domain.ApplicationOutcome;
import app.waypoint.base.ui.CardsInBatches;
import app.waypoint.base.ui.Texts;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Applications by stage: columns side by side on a laptop (drag a card to another column), a list grouped by
 * stage on a phone (each card's menu moves it). Closed applications show where they ended, marked.
 */
class StageBoard extends Composite<Div> {

    private final ApplicationService service;
    private final Runnable afterChange;

    StageBoard(ApplicationService service, ApplicationBoard board, List<ApplicationCard> shown, ZoneId zone,
               Runnable afterChange) {
        this.service = service;
        this.afterChange = afterChange;
        Div content = getContent();
        content.addClassName("stage-board");
        for (StageView stage : board.stages()) {
            List<ApplicationCard> inStage = shown.stream().filter(card -> card.stageId() == stage.id()).toList();
            H2 title = new H2(stage.name() + " · " + inStage.size());
            Div column = new Div(title);
            column.addClassName("stage-column");
            column.getElement().setAttribute("data-stage", String.valueOf(stage.id()));
            CardsInBatches.add(column, inStage, card -> card(card, board, zone));
            if (inStage.isEmpty()) {
                Span empty = new Span(getTranslation("applications.stage.empty"));
                empty.addClassName("hint");
                column.add(empty);
            }
            DropTarget.create(column).addDropListener(drop -> drop.getDragSourceComponent()
                    .map(source -> (ApplicationCard) ComponentUtil.getData(source, ApplicationCard.class))
                    .filter(card -> card.stageId() != stage.id())
                    .ifPresent(card -> ApplicationMoves.run(() -> service.move(card.id(), stage.id(), card.version()),
                            afterChange)));
            content.add(column);
        }
    }

    private Div card(ApplicationCard application, ApplicationBoard board, ZoneId zone) {
        RouterLink company = new RouterLink(application.company(), ApplicationView.class,
                new RouteParameters("id", String.valueOf(application.id())));
        company.addClassName("application-company");
        Span role = new Span(application.role());
        role.addClassName("hint");
        Div card = new Div(company, ApplicationMoves.menu(service, application, board.stages(), afterChange), role);
        card.addClassName("application-card");
        card.setId("application-" + application.id());
        if (application.outcome().isClosed()) {
            Span outcome = new Span(getTranslation("application.outcome." + application.outcome()));
            outcome.getElement().getThemeList().add("badge contrast small");
            card.add(outcome);
            card.addClassName("closed");
        }
        if (application.silent()) {
            long days = ChronoUnit.DAYS.between(application.changedAt().atZone(zone).toLocalDate(), board.today());
            Span silent = new Span(getTranslation("application.silent", days));
            silent.getElement().getThemeList().add("badge warning small");
            Button ghosted = new Button(getTranslation("application.close.GHOSTED"), click ->
                    ApplicationMoves.run(() -> service.close(application.id(), ApplicationOutcome.GHOSTED,
                            application.version()), afterChange));
            ghosted.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            card.add(new Div(silent, ghosted));
        } else if (application.followUpOn() != null && !application.outcome().isClosed()) {
            Span followUp = new Span(getTranslation("application.follow-up-on", Texts.date(application.followUpOn())));
            followUp.addClassName("hint");
            card.add(followUp);
        }
        ComponentUtil.setData(card, ApplicationCard.class, application);
        DragSource.create(card);
        return card;
    }
}
