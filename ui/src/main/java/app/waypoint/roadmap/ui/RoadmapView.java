package app.waypoint.roadmap.ui;

import app.waypoint.base.ui.ProgressBars;
import app.waypoint.account.service.AccountProfile;
import app.waypoint.account.service.AccountService;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.base.ui.ConfirmDelete;
import app.waypoint.base.ui.Refusals;
import app.waypoint.base.ui.KoreanParticles;
import app.waypoint.base.ui.Texts;
import app.waypoint.base.service.ContentFormat;
import app.waypoint.roadmap.service.CustomRoadmapService;
import app.waypoint.roadmap.service.RoadmapStructureService;
import app.waypoint.roadmap.service.PlanProjection;
import app.waypoint.roadmap.service.Progress;
import app.waypoint.roadmap.service.RoadmapOutline;
import app.waypoint.roadmap.service.RoadmapService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A roadmap as an outline that works on a phone: stages that open and close, topics with a one-tap status,
 * notes and evidence, progress per stage and overall, and the person's plan with its projected finish.
 */
@Route("roadmaps/:key")
@PermitAll
public class RoadmapView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Map<Long, TopicCard> cards = new LinkedHashMap<>();
    final RadioButtonGroup<TopicFilter> filter = new RadioButtonGroup<>();
    final Button continueButton = new Button();
    final Button editPlan = new Button();
    final Span overallText = new Span();

    final Button editStructure = new Button();

    private final RoadmapService roadmapService;
    private final CustomRoadmapService customRoadmaps;
    private final RoadmapStructureService structure;
    private final AccountService accountService;
    /** The filter the person chose last, on any roadmap; the page opens with it. */
    private final TopicFilter rememberedFilter;
    private final ZoneId zone;
    private final Clock clock;
    private final ProgressBar overallBar = new ProgressBar(0, 100);
    private final H1 heading = new H1();
    private final Paragraph description = new Paragraph();
    private final Div planBox = new Div();
    private final List<StageSection> stages = new ArrayList<>();
    private RoadmapOutline outline;
    /** The figures as they are now: the outline when it was read whole, then lighter reads after each change. */
    private RoadmapOutline figures;
    private String title = "";
    private boolean editing;
    private Div actions = new Div();
    private Div toolbar = new Div();
    private Paragraph empty = new Paragraph();
    private RoadmapStructureEditor editor;
    /** Whether the structure changed while editing, so the stages are shown anew when editing is done. */
    private boolean restructured;

    RoadmapView(RoadmapService roadmapService, CustomRoadmapService customRoadmaps, RoadmapStructureService structure,
                AccountService accountService, Clock clock) {
        this.roadmapService = roadmapService;
        this.customRoadmaps = customRoadmaps;
        this.structure = structure;
        this.accountService = accountService;
        AccountProfile profile = accountService.currentProfile();
        this.zone = profile.timeZone();
        this.rememberedFilter = TopicFilter.named(profile.roadmapFilter());
        this.clock = clock;
        addClassNames("page", "roadmap-view");
        editPlan.addClickListener(click -> openPlanDialog());
        editStructure.addClickListener(click -> {
            editing = !editing;
            showMode();
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String key = event.getRouteParameters().get("key").orElse("");
        try {
            outline = roadmapService.outline(key);
            figures = outline;
        } catch (NotFoundException notFound) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, getTranslation("roadmap.not-found"));
            return;
        }
        title = Texts.of(outline.title());
        build();
    }

    private void build() {
        removeAll();
        cards.clear();
        stages.clear();
        editor = null;
        description.addClassName("hint");
        overallBar.addClassName("overall-bar");
        Div overall = new Div(overallText, overallBar);
        overall.addClassNames("card", "overall");
        planBox.addClassNames("card", "plan");
        add(heading, description);
        showTitle();
        if (outline.carriedTopics() != null) {
            Paragraph carried = new Paragraph(outline.carriedTopics() == 0 ? getTranslation("roadmap.custom.carried-none")
                    : getTranslation("roadmap.custom.carried", outline.carriedTopics()));
            carried.addClassNames("hint", "carried-progress");
            add(carried);
        }
        add(actions = fileActions(), overall, planBox, toolbar = toolbar());
        showStages();
        showMode();
    }

    /**
     * Shows the outline, or the structure editor in its place. The outline's topic cards stay while the structure
     * is edited, so what was typed or opened in them is still there afterwards.
     */
    private void showMode() {
        Div freshActions = fileActions();
        replace(actions, freshActions);
        actions = freshActions;
        if (editing && editor == null) {
            editor = new RoadmapStructureEditor(structure, outline, this::restructured, this::showTitle);
            addComponentAtIndex(indexOf(toolbar), editor);
        } else if (!editing && editor != null) {
            remove(editor);
            editor = null;
            if (restructured) {
                showStages();
            }
        }
        toolbar.setVisible(!editing);
        empty.setVisible(!editing && outline.stages().isEmpty());
        stages.forEach(section -> section.details.setVisible(!editing));
        showFigures();
        if (!editing) {
            applyFilter();
        }
    }

    /** Shows the roadmap's title and description as they are now, in the heading and the browser's tab. */
    private void showTitle() {
        title = Texts.of(outline.title());
        heading.setText(title);
        description.setText(Texts.of(outline.description()));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    /** Reads the roadmap again after a change to its structure and shows the figures as they are now. */
    private RoadmapOutline restructured() {
        outline = roadmapService.outline(outline.key());
        figures = outline;
        restructured = true;
        showFigures();
        return outline;
    }

    /**
     * Shows the stages as the roadmap now has them. A topic's card is kept while its title is unchanged, and a
     * stage stays open or closed as it was, so a link being typed in a card survives the structure edits around it.
     */
    private void showStages() {
        Map<Long, TopicCard> before = new LinkedHashMap<>(cards);
        Map<String, Boolean> opened = new HashMap<>();
        stages.forEach(section -> {
            opened.put(section.stage.key(), section.details.isOpened());
            remove(section.details);
        });
        stages.clear();
        cards.clear();
        restructured = false;
        empty.removeFromParent();
        if (outline.stages().isEmpty()) {
            empty = new Paragraph(getTranslation("roadmap.custom.empty"));
            empty.addClassName("empty-state");
            add(empty);
        }
        for (int i = 0; i < outline.stages().size(); i++) {
            RoadmapOutline.Stage stage = outline.stages().get(i);
            StageSection section = new StageSection(i + 1, stage, before);
            section.details.setOpened(opened.getOrDefault(stage.key(), i == 0));
            if (section.details.isOpened()) {
                section.fill();
            }
            stages.add(section);
            add(section.details);
        }
    }

    /** Export for everyone; structure editing for the owner of a custom roadmap. */
    private Div fileActions() {
        Div actions = new Div();
        actions.addClassName("page-actions");
        if (outline.editable()) {
            editStructure.setText(getTranslation(editing ? "roadmap.custom.done-editing" : "roadmap.custom.edit"));
            editStructure.setIcon((editing ? VaadinIcon.CHECK : VaadinIcon.EDIT).create());
            actions.add(editStructure);
            if (editing) {
                Button deleteRoadmap = new Button(getTranslation("roadmap.custom.delete-roadmap"),
                        VaadinIcon.TRASH.create(), click -> confirmDeleteRoadmap());
                deleteRoadmap.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                deleteRoadmap.setId("delete-roadmap");
                actions.add(deleteRoadmap);
            }
        }
        for (ContentFormat format : ContentFormat.values()) {
            String extension = format == ContentFormat.YAML ? "yaml" : "json";
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = customRoadmaps.export(outline.key(), format).getBytes(StandardCharsets.UTF_8);
                return new DownloadResponse(new ByteArrayInputStream(bytes), outline.key() + "." + extension,
                        format == ContentFormat.YAML ? "application/yaml" : "application/json", bytes.length);
            }), getTranslation("roadmap.export." + extension));
            download.setDownload(true);
            download.addClassName("export-link");
            actions.add(download);
        }
        return actions;
    }

    private void confirmDeleteRoadmap() {
        ConfirmDelete.open(getTranslation("roadmap.custom.delete.header", title, KoreanParticles.object(title)),
                getTranslation("roadmap.custom.delete-roadmap.text"), () -> {
                    Refusals.attempt(() -> customRoadmaps.deleteRoadmap(outline.key()));
                    getUI().ifPresent(ui -> ui.navigate(RoadmapsView.class));
                });
    }

    private Div toolbar() {
        filter.setItems(TopicFilter.values());
        filter.setItemLabelGenerator(choice -> getTranslation("roadmap.filter." + choice.name()));
        filter.setValue(rememberedFilter);
        filter.setAriaLabel(getTranslation("roadmap.filter"));
        filter.addValueChangeListener(change -> {
            applyFilter();
            if (change.isFromClient() && change.getValue() != null) {
                accountService.rememberRoadmapFilter(change.getValue().name());
            }
        });
        continueButton.setText(getTranslation("roadmap.continue"));
        continueButton.setIcon(VaadinIcon.ARROW_FORWARD.create());
        continueButton.setIconAfterText(true);
        continueButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        continueButton.addClickListener(click -> continueWhereLeftOff());
        Div toolbar = new Div(filter, continueButton);
        toolbar.addClassName("roadmap-toolbar");
        return toolbar;
    }

    /** Opens the stage of the first open topic and brings that topic into view. */
    void continueWhereLeftOff() {
        Long target = figures.continueTopicId();
        if (target == null) {
            return;
        }
        filter.setValue(TopicFilter.ALL);
        stages.forEach(section -> {
            section.details.setOpened(section.contains(target));
            if (section.contains(target)) {
                section.fill();
            }
        });
        TopicCard card = cards.get(target);
        card.getElement().callJsFunction("scrollIntoView", true);
        card.getContent().addClassName("highlight");
    }

    private void applyFilter() {
        TopicFilter chosen = chosenFilter();
        if (chosen != TopicFilter.ALL) {
            stages.forEach(section -> {
                section.details.setOpened(true);
                section.fill();
            });
        }
        cards.values().forEach(card -> card.setVisible(card.matches(chosen)));
    }

    private TopicFilter chosenFilter() {
        return filter.getValue() == null ? TopicFilter.ALL : filter.getValue();
    }

    /**
     * Reloads the figures after a change; the cards keep their own state, so nothing the person opened or typed
     * goes, and no note is read or rendered again.
     */
    private void refreshFigures() {
        figures = roadmapService.figures(outline.key());
        showFigures();
        applyFilter();
    }

    private void showFigures() {
        Progress progress = figures.progress();
        overallBar.setValue(progress.percent());
        overallText.setText(getTranslation("roadmap.overall", progress.percent(), progress.done(), progress.counted()));
        ProgressBars.name(overallBar, overallText.getText());
        // by id: while the structure is edited, the sections shown are those from before the edits
        Map<Long, RoadmapOutline.Stage> now = new HashMap<>();
        figures.stages().forEach(stage -> now.put(stage.id(), stage));
        for (StageSection section : stages) {
            RoadmapOutline.Stage fresh = now.get(section.stage.id());
            if (fresh != null) {
                section.show(fresh, figures.plan());
            }
        }
        showPlan(figures.plan());
        continueButton.setEnabled(figures.continueTopicId() != null);
    }

    private void showPlan(PlanProjection plan) {
        planBox.removeAll();
        editPlan.setText(getTranslation(plan == null ? "roadmap.plan.set" : "roadmap.plan.edit"));
        editPlan.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (plan == null) {
            planBox.add(new Paragraph(getTranslation("roadmap.plan.none")), editPlan);
            return;
        }
        Span pace = new Span(switch (plan.pace()) {
            case NOT_STARTED_YET -> getTranslation("roadmap.plan.pace.not-started", Texts.date(plan.startDate()));
            case AHEAD -> getTranslation("roadmap.plan.pace.ahead", plan.weeksAhead());
            case ON_TRACK -> getTranslation("roadmap.plan.pace.on-track");
            case BEHIND -> getTranslation("roadmap.plan.pace.behind", -plan.weeksAhead());
        });
        pace.getElement().getThemeList().add("badge " + switch (plan.pace()) {
            case AHEAD, ON_TRACK -> "success";
            case BEHIND -> "error";
            case NOT_STARTED_YET -> "contrast";
        });
        Paragraph summary = new Paragraph(getTranslation("roadmap.plan.summary", Texts.date(plan.startDate()),
                plan.hoursPerWeek(), Texts.date(plan.finish())));
        planBox.add(pace, summary, editPlan);
    }

    private void openPlanDialog() {
        new PlanDialog(roadmapService, outline.key(), figures.plan(), LocalDate.now(clock.withZone(zone)),
                this::refreshFigures).open();
    }


    @Override
    public String getPageTitle() {
        return title + " · Waypoint";
    }

    /**
     * A stage's collapsible section, whose summary shows its duration, progress and projected finish. Its topic cards
     * are made when it first opens, so a long roadmap costs the browser and the session only the stages looked at.
     */
    private final class StageSection {

        final Details details;
        private final Span summary = new Span();
        private final RoadmapOutline.Stage stage;
        private final Div topics = new Div();
        private final Map<Long, TopicCard> reusable;
        private boolean filled;

        /** {@code reusable}: the cards shown before a structure edit, kept while their topic reads the same. */
        StageSection(int number, RoadmapOutline.Stage stage, Map<Long, TopicCard> reusable) {
            this.stage = stage;
            this.reusable = reusable;
            topics.addClassName("topics");
            Span name = new Span(number + ". " + Texts.of(stage.title()));
            name.addClassName("stage-name");
            summary.addClassName("stage-figures");
            Div header = new Div(name, summary);
            header.addClassName("stage-header");
            details = new Details(header, topics);
            details.addClassName("stage");
            details.setId("stage-" + stage.key());
            details.addOpenedChangeListener(change -> {
                if (change.isOpened()) {
                    fill();
                }
            });
        }

        void fill() {
            if (filled) {
                return;
            }
            filled = true;
            TopicFilter chosen = chosenFilter();
            for (RoadmapOutline.Topic topic : stage.topics()) {
                TopicCard card = reusable.get(topic.id());
                if (card == null || !card.shows(topic)) {
                    card = new TopicCard(roadmapService, topic, zone, RoadmapView.this::refreshFigures);
                }
                card.setVisible(card.matches(chosen));
                cards.put(topic.id(), card);
                topics.add(card);
            }
        }

        boolean contains(long topicId) {
            return stage.topics().stream().anyMatch(topic -> topic.id() == topicId);
        }

        void show(RoadmapOutline.Stage fresh, PlanProjection plan) {
            StringBuilder text = new StringBuilder();
            if (fresh.minMonths() != null) {
                text.append(getTranslation("roadmap.stage.months", fresh.minMonths(), fresh.maxMonths())).append(" · ");
            }
            text.append(fresh.progress().percent()).append('%');
            if (plan != null) {
                plan.stages().stream().filter(finish -> finish.stageKey().equals(fresh.key())).findFirst()
                        .ifPresent(finish -> text.append(" · ")
                                .append(getTranslation("roadmap.stage.finish", Texts.date(finish.finish()))));
            }
            summary.setText(text.toString());
        }
    }
}
