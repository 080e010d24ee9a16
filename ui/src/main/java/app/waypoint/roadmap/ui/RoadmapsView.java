package app.waypoint.roadmap.ui;

import app.waypoint.base.ui.Texts;
import app.waypoint.roadmap.service.RoadmapService;
import app.waypoint.roadmap.service.RoadmapSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/** The roadmaps a person can follow, with how far they are in each. */
@Route("roadmaps")
@Menu(order = 10, title = "nav.roadmaps", icon = "vaadin:road-branches")
@PermitAll
public class RoadmapsView extends Main implements HasDynamicTitle {

    RoadmapsView(RoadmapService roadmapService) {
        addClassNames("page", "roadmaps-view");
        add(new H1(getTranslation("roadmaps.title")));
        Paragraph intro = new Paragraph(getTranslation("roadmaps.intro"));
        intro.addClassName("hint");
        add(intro);
        List<RoadmapSummary> roadmaps = roadmapService.visibleRoadmaps();
        if (roadmaps.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("roadmaps.empty"));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        Div cards = new Div();
        cards.addClassName("card-grid");
        roadmaps.forEach(roadmap -> cards.add(card(roadmapService, roadmap)));
        add(cards);
    }

    private Div card(RoadmapService roadmapService, RoadmapSummary roadmap) {
        Span badge = new Span(getTranslation(roadmap.builtIn() ? "roadmaps.built-in" : "roadmaps.mine"));
        badge.getElement().getThemeList().add("badge" + (roadmap.builtIn() ? "" : " success"));
        ProgressBar bar = new ProgressBar(0, 100, roadmap.progress().percent());
        Span figures = new Span(getTranslation("roadmaps.figures", roadmap.stageCount(), roadmap.progress().percent(),
                roadmap.progress().done(), roadmap.progress().counted()));
        figures.addClassName("hint");
        Button open = new Button(getTranslation(roadmap.started() ? "roadmaps.continue" : "roadmaps.start"));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(click -> {
            if (!roadmap.started()) {
                roadmapService.start(roadmap.key());
            }
            getUI().ifPresent(ui -> ui.navigate(RoadmapView.class, new RouteParameters("key", roadmap.key())));
        });
        Div card = new Div(badge, new H2(Texts.of(roadmap.title())), new Paragraph(Texts.of(roadmap.description())),
                bar, figures, open);
        card.addClassNames("card", "roadmap-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roadmaps.title") + " · Waypoint";
    }
}
