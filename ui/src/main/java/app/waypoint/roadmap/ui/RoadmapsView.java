package app.waypoint.roadmap.ui;

import app.waypoint.base.ui.ProgressBars;
import app.waypoint.base.ui.Texts;
import app.waypoint.roadmap.service.CustomRoadmapService;
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
import com.vaadin.flow.component.icon.VaadinIcon;
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

    final Button newRoadmap = new Button();
    final Button importRoadmap = new Button();

    private final CustomRoadmapService customRoadmaps;

    RoadmapsView(RoadmapService roadmapService, CustomRoadmapService customRoadmaps) {
        this.customRoadmaps = customRoadmaps;
        addClassNames("page", "roadmaps-view");
        add(new H1(getTranslation("roadmaps.title")));
        Paragraph intro = new Paragraph(getTranslation("roadmaps.intro"));
        intro.addClassName("hint");
        newRoadmap.setText(getTranslation("roadmap.custom.new"));
        newRoadmap.setIcon(VaadinIcon.PLUS.create());
        newRoadmap.addClickListener(click -> new TitleDialog(getTranslation("roadmap.custom.new"), "",
                getTranslation("action.create"), title -> open(customRoadmaps.createBlank(title))).open());
        importRoadmap.setText(getTranslation("roadmap.import.title"));
        importRoadmap.setIcon(VaadinIcon.UPLOAD.create());
        importRoadmap.addClickListener(click -> new ImportDialog(customRoadmaps, this::open).open());
        Div actions = new Div(newRoadmap, importRoadmap);
        actions.addClassName("page-actions");
        add(intro, actions);
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
        Span figures = new Span(getTranslation("roadmaps.figures", roadmap.stageCount(), roadmap.progress().percent(),
                roadmap.progress().done(), roadmap.progress().counted()));
        ProgressBar bar = ProgressBars.named(0, 100, roadmap.progress().percent(), figures.getText());
        figures.addClassName("hint");
        Button open = new Button(getTranslation(roadmap.started() ? "roadmaps.continue" : "roadmaps.start"));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(click -> {
            if (!roadmap.started()) {
                roadmapService.start(roadmap.key());
            }
            open(roadmap.key());
        });
        Div buttons = new Div(open);
        buttons.addClassName("card-actions");
        if (roadmap.builtIn()) {
            Button fork = new Button(getTranslation("roadmap.custom.fork"), VaadinIcon.COPY_O.create(),
                    click -> open(customRoadmaps.fork(roadmap.key())));
            fork.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            buttons.add(fork);
        }
        Div card = new Div(badge, new H2(Texts.of(roadmap.title())), new Paragraph(Texts.of(roadmap.description())),
                bar, figures, buttons);
        card.addClassNames("card", "roadmap-card");
        return card;
    }

    private void open(String key) {
        getUI().ifPresent(ui -> ui.navigate(RoadmapView.class, new RouteParameters("key", key)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roadmaps.title") + " · Waypoint";
    }
}
