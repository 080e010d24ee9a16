package app.waypoint.portfolio.ui;

import app.waypoint.base.domain.Language;
import app.waypoint.base.domain.LocalizedText;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotAllowedException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.base.ui.CheckWithNote;
import app.waypoint.base.ui.ConfirmAction;
import app.waypoint.base.ui.ConfirmDelete;
import app.waypoint.base.ui.Conflicts;
import app.waypoint.base.ui.DateField;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.base.ui.KoreanParticles;
import app.waypoint.base.ui.Notifications;
import app.waypoint.base.ui.Refusals;
import app.waypoint.base.ui.Texts;
import app.waypoint.group.ui.GroupView;
import app.waypoint.portfolio.domain.ProjectStatus;
import app.waypoint.portfolio.domain.ResultDirection;
import app.waypoint.portfolio.domain.TaskStatus;
import app.waypoint.portfolio.service.OpenWork;
import app.waypoint.portfolio.service.ProjectBoardService;
import app.waypoint.portfolio.service.ProjectDetails;
import app.waypoint.portfolio.service.ProjectOverview;
import app.waypoint.portfolio.service.ProjectRecordsService;
import app.waypoint.portfolio.service.ProjectService;
import app.waypoint.skill.service.SkillService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One project: its status and overview, the guide's component checklist, the kanban board, milestones,
 * measured results and skills, with a README draft to download. A team project names its group, and its
 * tasks can be given to the group's members.
 */
@Route("projects/:id")
@PermitAll
public class ProjectView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final TextField title = new TextField();
    final TextArea summary = new TextArea();
    final DatePicker startDate = new DateField();
    final DatePicker targetDate = new DateField();
    final TextField repositoryUrl = new TextField();
    final TextField demoUrl = new TextField();
    final TextField writeupUrl = new TextField();
    final Button saveOverview = new Button();
    ProjectBoard board;
    final Div statusBar = new Div();

    /** The parts of the page an action can change; each action refreshes only its own. */
    enum Part { HEADER, STATUS, BOARD, MILESTONES, RESULTS }

    private final H1 heading = new H1();
    private final Div boardHolder = new Div();
    private final Div milestonesHolder = new Div();
    private final Div resultsHolder = new Div();

    private final ProjectService projectService;
    private final ProjectBoardService boardService;
    private final ProjectRecordsService records;
    private final SkillService skillService;
    private ProjectDetails project;
    /** The version the overview form was filled from, and what it held then: a save starts from these. */
    private long overviewVersion;
    private List<Object> overviewLoaded;

    ProjectView(ProjectService projectService, ProjectBoardService boardService, ProjectRecordsService records,
                SkillService skillService) {
        this.projectService = projectService;
        this.boardService = boardService;
        this.records = records;
        this.skillService = skillService;
        addClassNames("page", "project-view");
        saveOverview.setText(getTranslation("action.save"));
        saveOverview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveOverview.addClickListener(click -> saveOverview());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            project = projectService.details(id);
        } catch (NumberFormatException | NotFoundException notFound) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, getTranslation("project.not-found"));
            return;
        }
        build();
    }

    /**
     * Re-reads the project after an action and shows anew only the parts that action changed; what the person typed
     * anywhere else on the page stays as it is.
     */
    private void refresh(Part... parts) {
        try {
            project = projectService.details(project.id());
        } catch (NotFoundException gone) {
            projectGone();
            return;
        }
        followOwnVersion();
        show(parts);
    }

    /**
     * The person's own status change, tick or skills bump the project's version too. While nobody else changed the
     * overview, the form keeps up with that version, so saving it later is not mistaken for a conflict.
     */
    private void followOwnVersion() {
        if (overviewOf(project).equals(overviewLoaded)) {
            overviewVersion = project.version();
        }
    }

    private static List<Object> overviewOf(ProjectDetails details) {
        return Arrays.asList(details.title(), details.summary(), details.startDate(), details.targetDate(),
                details.repositoryUrl(), details.demoUrl(), details.writeupUrl());
    }

    private void show(Part... parts) {
        for (Part part : parts) {
            switch (part) {
                case HEADER -> heading.setText(project.title());
                case STATUS -> fill(statusBar, statusBar());
                case BOARD -> fill(boardHolder, board = new ProjectBoard(boardService, projectService, project,
                        board == null ? TaskStatus.TODO : board.chosen(), () -> refresh(Part.BOARD)));
                case MILESTONES -> fill(milestonesHolder, milestones());
                case RESULTS -> fill(resultsHolder, results());
            }
        }
    }

    private static void fill(Div holder, Component content) {
        holder.removeAll();
        holder.add(content);
    }

    /** Deleted in another tab or by a teammate: nothing left to show here. */
    private void projectGone() {
        Notifications.error(getTranslation("project.gone"));
        getUI().ifPresent(ui -> ui.navigate(ProjectsView.class));
    }

    private void build() {
        removeAll();
        add(heading);
        if (project.isTeamProject()) {
            add(team());
        }
        add(statusBar, actions());
        showOverview();
        add(section("project.overview", overview()),
                section("project.components", components()),
                section("project.board", boardHolder),
                section("project.milestones", milestonesHolder),
                section("project.results", resultsHolder),
                section("project.skills", skills()));
        show(Part.values());
    }

    private Paragraph team() {
        RouterLink group = new RouterLink(project.team().groupName(), GroupView.class,
                new RouteParameters("id", String.valueOf(project.team().groupId())));
        Paragraph team = new Paragraph(new Span(getTranslation("team.project") + " · "), group);
        team.addClassNames("hint", "team-name");
        return team;
    }

    private Div statusBar() {
        Span status = new Span(getTranslation("project.status." + project.status().name()));
        status.getElement().getThemeList().add("badge");
        Div bar = new Div(status);
        bar.addClassName("status-bar");
        for (ProjectStatus next : ProjectStatus.values()) {
            if (project.nextStatuses().contains(next)) {
                Button move = new Button(getTranslation("project.status.to." + next.name()),
                        click -> changeStatus(next));
                move.addThemeVariants(ButtonVariant.LUMO_SMALL);
                move.setId("status-" + next.name());
                bar.add(move);
            }
        }
        Span components = new Span(getTranslation("project.components.count", project.componentsDone(),
                project.components().size()));
        components.addClassName("hint");
        bar.add(components);
        return bar;
    }

    /**
     * Moves the project on; marking it done while tasks or components are open asks first, saying how many, and
     * changes nothing unless confirmed (the open work stays as it is). From a tab that shows an old status, a jump the rules do not allow is
     * explained and the status shown as it is now.
     */
    private void changeStatus(ProjectStatus next) {
        if (next == ProjectStatus.DONE) {
            OpenWork open;
            try {
                open = projectService.openWork(project.id());
            } catch (NotFoundException gone) {
                projectGone();
                return;
            }
            // a step the rules do not allow (from a stale tab) is explained by the change itself, without asking
            if (open.asksBeforeDone()) {
                ConfirmAction.open(getTranslation("project.done-with-open.title"),
                        getTranslation("project.done-with-open.text", open.tasks(), open.components()),
                        getTranslation("project.done-with-open.confirm"), false, () -> moveTo(next));
                return;
            }
        }
        moveTo(next);
    }

    private void moveTo(ProjectStatus next) {
        try {
            projectService.changeStatus(project.id(), next);
        } catch (InvalidInputException refused) {
            refresh(Part.STATUS);
            Notifications.error(Refusals.messageFor(refused, this::getTranslation).orElseThrow() + " "
                    + getTranslation("project.status.now", getTranslation("project.status." + project.status().name())));
            return;
        } catch (NotFoundException gone) {
            projectGone();
            return;
        }
        refresh(Part.STATUS);
    }

    private Div actions() {
        Anchor readme = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = projectService.exportMarkdown(project.id(), Language.of(getLocale()))
                    .getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "README.md", "text/markdown", bytes.length);
        }), getTranslation("project.export"));
        readme.setDownload(true);
        readme.addClassName("export-link");
        Button delete = new Button(getTranslation("project.delete"), VaadinIcon.TRASH.create(), click -> confirmDelete());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(readme, delete);
        actions.addClassName("page-actions");
        return actions;
    }

    private void showOverview() {
        title.setValue(project.title());
        summary.setValue(project.summary() == null ? "" : project.summary());
        startDate.setValue(project.startDate());
        targetDate.setValue(project.targetDate());
        repositoryUrl.setValue(project.repositoryUrl() == null ? "" : project.repositoryUrl());
        demoUrl.setValue(project.demoUrl() == null ? "" : project.demoUrl());
        writeupUrl.setValue(project.writeupUrl() == null ? "" : project.writeupUrl());
        overviewVersion = project.version();
        overviewLoaded = overviewOf(project);
    }

    private Div overview() {
        title.setLabel(getTranslation("project.title"));
        summary.setLabel(getTranslation("project.summary"));
        startDate.setLabel(getTranslation("project.start"));
        targetDate.setLabel(getTranslation("project.target"));
        repositoryUrl.setLabel(getTranslation("project.link.repository"));
        demoUrl.setLabel(getTranslation("project.link.demo"));
        writeupUrl.setLabel(getTranslation("project.link.writeup"));
        for (TextField link : new TextField[] {repositoryUrl, demoUrl, writeupUrl}) {
            link.setPlaceholder("https://");
        }
        FormLayout form = new FormLayout(title, summary, startDate, targetDate, repositoryUrl, demoUrl, writeupUrl);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(title, 2);
        form.setColspan(summary, 2);
        return new Div(form, saveOverview);
    }

    private void saveOverview() {
        ProjectOverview overview = new ProjectOverview(title.getValue(), summary.getValue(), startDate.getValue(),
                targetDate.getValue(), repositoryUrl.getValue(), demoUrl.getValue(), writeupUrl.getValue(),
                overviewVersion);
        try {
            if (Conflicts.attempt(() -> projectService.updateOverview(project.id(), overview), "project.conflict",
                    () -> overviewVersion = projectService.details(project.id()).version())) {
                Notifications.success(getTranslation("project.saved"));
                FormErrors.clear(overviewFields());
                refresh(Part.HEADER);
                showOverview();
            }
        } catch (InvalidInputException invalid) {
            FormErrors.show(invalid, overviewFields(), this);
        }
    }

    private Map<String, HasValidation> overviewFields() {
        return Map.of("title", title, "summary", summary, "targetDate", targetDate, "repositoryUrl", repositoryUrl,
                "demoUrl", demoUrl, "writeupUrl", writeupUrl);
    }

    private Div components() {
        Div list = new Div();
        list.addClassName("component-list");
        for (ProjectDetails.Component component : project.components()) {
            CheckWithNote row = new CheckWithNote(Texts.of(component.title()), Texts.of(component.hint()),
                    component.done(), component.note(),
                    (done, note) -> {
                        records.checkComponent(project.id(), component.key(), done, note);
                        refresh(Part.STATUS);
                    });
            row.setId("component-" + component.key());
            list.add(row);
        }
        return list;
    }

    private Div milestones() {
        UnorderedList list = new UnorderedList();
        list.addClassName("milestone-list");
        for (ProjectDetails.Milestone milestone : project.milestones()) {
            Checkbox done = new Checkbox(milestone.title(), milestone.done());
            done.addClassName("milestone-done");
            done.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    try {
                        records.markMilestone(milestone.id(), change.getValue());
                    } catch (InvalidInputException | NotFoundException refused) {
                        Refusals.show(refused);
                    }
                    refresh(Part.MILESTONES);
                }
            });
            ListItem item = new ListItem(done);
            if (milestone.dueDate() != null) {
                Span due = new Span(Texts.date(milestone.dueDate()));
                due.addClassName("hint");
                item.add(due);
            }
            if (milestone.overdue()) {
                Span overdue = new Span(getTranslation("project.milestone.overdue"));
                overdue.getElement().getThemeList().add("badge error");
                item.add(overdue);
            }
            list.add(item);
        }
        TextField name = new TextField();
        name.setPlaceholder(getTranslation("project.milestone.new"));
        name.setAriaLabel(getTranslation("project.milestone.new"));
        DatePicker due = new DateField();
        due.setAriaLabel(getTranslation("project.milestone.due"));
        due.setPlaceholder(getTranslation("project.milestone.due"));
        Button add = new Button(getTranslation("action.add"), click -> {
            try {
                records.addMilestone(project.id(), name.getValue(), due.getValue());
                refresh(Part.MILESTONES);
            } catch (InvalidInputException invalid) {
                FormErrors.show(invalid, Map.of("title", name), this);
            }
        });
        add.setId("milestone-add");
        Div addRow = new Div(name, due, add);
        addRow.addClassName("inline-form");
        return new Div(list, addRow);
    }

    private Div results() {
        UnorderedList list = new UnorderedList();
        list.addClassName("result-list");
        for (ProjectDetails.Result result : project.results()) {
            String unit = result.unit() == null ? "" : " " + result.unit();
            Span text = new Span(result.metric() + ": " + plain(result.before()) + " → " + plain(result.after()) + unit);
            ListItem item = new ListItem(text);
            item.addClassName("result-row");
            if (result.trend() != null) {
                item.add(trend(result));
            }
            ResultDirection other = result.direction() == ResultDirection.LOWER_IS_BETTER
                    ? ResultDirection.HIGHER_IS_BETTER : ResultDirection.LOWER_IS_BETTER;
            Button direction = new Button(getTranslation("project.result.direction." + result.direction().name()),
                    click -> {
                        try {
                            records.changeResultDirection(result.id(), other);
                        } catch (InvalidInputException | NotFoundException refused) {
                            Refusals.show(refused);
                        }
                        refresh(Part.RESULTS);
                    });
            direction.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            direction.setTooltipText(getTranslation("project.result.direction.switch"));
            direction.setId("result-direction-" + result.id());
            item.add(direction);
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                try {
                    records.deleteResult(result.id());
                } catch (InvalidInputException | NotFoundException refused) {
                    Refusals.show(refused);
                }
                refresh(Part.RESULTS);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            remove.setAriaLabel(getTranslation("project.result.delete"));
            item.add(remove);
            list.add(item);
        }
        TextField metric = new TextField();
        metric.setPlaceholder(getTranslation("project.result.metric"));
        metric.setAriaLabel(getTranslation("project.result.metric"));
        BigDecimalField before = new BigDecimalField();
        before.setPlaceholder(getTranslation("project.result.before"));
        before.setAriaLabel(getTranslation("project.result.before"));
        BigDecimalField after = new BigDecimalField();
        after.setPlaceholder(getTranslation("project.result.after"));
        after.setAriaLabel(getTranslation("project.result.after"));
        TextField unit = new TextField();
        unit.setPlaceholder(getTranslation("project.result.unit"));
        unit.setAriaLabel(getTranslation("project.result.unit"));
        Select<ResultDirection> direction = new Select<>();
        direction.setAriaLabel(getTranslation("project.result.direction"));
        direction.setItems(ResultDirection.values());
        direction.setItemLabelGenerator(item -> getTranslation("project.result.direction." + item.name()));
        direction.setValue(ResultDirection.suggestedFor(null));
        // the unit suggests the direction until the person picks one
        boolean[] picked = {false};
        direction.addValueChangeListener(change -> picked[0] |= change.isFromClient());
        unit.addValueChangeListener(change -> {
            if (!picked[0]) {
                direction.setValue(ResultDirection.suggestedFor(change.getValue()));
            }
        });
        Button add = new Button(getTranslation("action.add"), click -> {
            try {
                records.addResult(project.id(), metric.getValue(), before.getValue(), after.getValue(),
                        unit.getValue(), picked[0] ? direction.getValue() : null);
                refresh(Part.RESULTS);
            } catch (InvalidInputException invalid) {
                FormErrors.show(invalid, Map.of("metric", metric, "after", after, "unit", unit), this);
            }
        });
        metric.setId("result-metric");
        before.setId("result-before");
        after.setId("result-after");
        unit.setId("result-unit");
        direction.setId("result-direction");
        add.setId("result-add");
        Div addRow = new Div(metric, before, after, unit, direction, add);
        addRow.addClassName("inline-form");
        return new Div(list, addRow);
    }

    /** "−75% · better" in green, "+20% · worse" in red: the result's direction decides, not the sign. */
    private Span trend(ProjectDetails.Result result) {
        ProjectDetails.Trend trend = result.trend();
        String percent = (result.changePercent() > 0 ? "+" : "") + result.changePercent();
        Span badge = new Span(getTranslation("project.result.trend." + trend.name(), percent));
        badge.getElement().getThemeList().add(switch (trend) {
            case IMPROVED -> "badge success";
            case REGRESSED -> "badge error";
            case UNCHANGED -> "badge contrast";
        });
        badge.addClassName("result-trend");
        return badge;
    }

    private Div skills() {
        Map<String, LocalizedText> catalogue = skillService.catalogue();
        MultiSelectComboBox<String> picker = new MultiSelectComboBox<>();
        picker.setAriaLabel(getTranslation("project.skills"));
        picker.setItems(catalogue.keySet());
        picker.setItemLabelGenerator(key -> Texts.of(catalogue.get(key)));
        picker.setValue(project.skills().stream().map(ProjectDetails.SkillTag::key).collect(Collectors.toSet()));
        picker.setWidthFull();
        picker.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                try {
                    records.useSkills(project.id(), Set.copyOf(change.getValue()));
                } catch (InvalidInputException | NotFoundException refused) {
                    Refusals.show(refused);
                    picker.setValue(change.getOldValue());
                }
            }
        });
        return new Div(picker);
    }

    private void confirmDelete() {
        String consequence = project.isTeamProject()
                ? getTranslation("team.delete.text", project.team().groupName()) : getTranslation("project.delete.text");
        ConfirmDelete.open(getTranslation("project.delete.header", project.title(),
                KoreanParticles.object(project.title())), consequence, () -> {
            try {
                projectService.deleteProject(project.id());
                getUI().ifPresent(ui -> ui.navigate(ProjectsView.class));
            } catch (NotAllowedException denied) {
                Notifications.error(getTranslation(denied.messageKey()));
            } catch (NotFoundException gone) {
                projectGone();
            }
        });
    }

    private Div section(String titleKey, Component content) {
        Div section = new Div(new H2(getTranslation(titleKey)), content);
        section.addClassNames("settings-section", "project-section");
        return section;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "?" : value.stripTrailingZeros().toPlainString();
    }

    @Override
    public String getPageTitle() {
        return (project == null ? "" : project.title()) + " · Waypoint";
    }
}
