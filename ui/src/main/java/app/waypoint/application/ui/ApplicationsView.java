package app.waypoint.application.ui;

import app.waypoint.application.service.ApplicationBoard;
import app.waypoint.application.service.ApplicationCard;
import app.waypoint.application.service.ApplicationService;
import app.waypoint.application.service.ApplicationCsvService;
import app.waypoint.application.service.ApplicationInsightsService;
import app.waypoint.application.service.StageView;
import app.waypoint.application.domain.ApplicationOutcome;
import app.waypoint.base.ui.TabLists;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;

import java.io.ByteArrayInputStream;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The person's job applications by stage (a board) or as a table, with a search by company; the table also
 * filters by stage and outcome. A move refreshes the board, not the page: the search stays as typed.
 */
@Route("applications")
@Menu(order = 45, title = "nav.applications", icon = "vaadin:clipboard-user")
@PermitAll
public class ApplicationsView extends Main implements HasDynamicTitle {

    final Button add = new Button();
    final TextField search = new TextField();
    final Tab boardTab = new Tab();
    final Tab tableTab = new Tab();
    final Tab insightsTab = new Tab();
    final Tabs layouts = new Tabs(boardTab, tableTab, insightsTab);
    final Div content = new Div();
    final Select<StageView> stageFilter = new Select<>();
    final Select<ApplicationOutcome> outcomeFilter = new Select<>();
    final Div filters = new Div(stageFilter, outcomeFilter);

    private final ApplicationService service;
    private final ZoneId zone;

    final Button importCsv = new Button();
    final Button editStages = new Button();
    final Anchor exportCsv;

    private final ApplicationInsightsService insights;
    private List<StageView> offeredStages = List.of();

    ApplicationsView(ApplicationService service, ApplicationCsvService csv, ApplicationInsightsService insights,
                     app.waypoint.account.service.AccountService accounts) {
        this.service = service;
        this.insights = insights;
        this.zone = accounts.currentProfile().timeZone();
        addClassNames("page", "applications-view");
        add(new H1(getTranslation("applications.title")));
        this.add.setText(getTranslation("applications.add"));
        this.add.setIcon(VaadinIcon.PLUS.create());
        this.add.setId("applications-add");
        this.add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        this.add.addClickListener(click -> new AddApplicationDialog(service, this::open).open());
        search.setPlaceholder(getTranslation("applications.search"));
        search.setAriaLabel(getTranslation("applications.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        boardTab.setLabel(getTranslation("applications.board"));
        tableTab.setLabel(getTranslation("applications.table"));
        insightsTab.setLabel(getTranslation("applications.insights"));
        layouts.addSelectedChangeListener(change -> refresh());
        TabLists.onlyTabs(layouts);
        importCsv.setText(getTranslation("applications.import"));
        importCsv.setIcon(VaadinIcon.UPLOAD.create());
        importCsv.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        importCsv.addClickListener(click -> new CsvImportDialog(csv, this::refresh).open());
        exportCsv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] file = csv.export();
            return new DownloadResponse(new ByteArrayInputStream(file), "waypoint-applications.csv",
                    "text/csv; charset=utf-8", file.length);
        }), getTranslation("applications.export"));
        exportCsv.setDownload(true);
        exportCsv.addClassName("export-link");
        editStages.setText(getTranslation("stages.title"));
        editStages.setIcon(VaadinIcon.LIST_OL.create());
        editStages.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        editStages.addClickListener(click -> new StagesDialog(service, this::refresh).open());
        Div actions = new Div(this.add, search, layouts, editStages, importCsv, exportCsv);
        actions.addClassName("page-actions");
        describeFilters();
        add(actions, filters, content);
        refresh();
    }

    void refresh() {
        ApplicationBoard board = service.board();
        boolean table = layouts.getSelectedTab() == tableTab;
        filters.setVisible(table && !board.applications().isEmpty());
        content.removeAll();
        if (board.applications().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("applications.empty"));
            empty.addClassName("hint");
            content.add(empty);
            return;
        }
        if (layouts.getSelectedTab() == insightsTab) {
            content.add(new InsightsPanel(insights.insights()));
            return;
        }
        offerStages(board.stages());
        String query = search.getValue().strip().toLowerCase(Locale.ROOT);
        List<ApplicationCard> shown = board.applications().stream()
                .filter(card -> query.isEmpty() || card.company().toLowerCase(Locale.ROOT).contains(query))
                .filter(card -> !table || matchesFilters(card)).toList();
        if (shown.isEmpty()) {
            Paragraph none = new Paragraph(table && (!stageFilter.isEmpty() || !outcomeFilter.isEmpty())
                    ? getTranslation("applications.filter.none")
                    : getTranslation("applications.search.none", search.getValue().strip()));
            none.addClassName("hint");
            content.add(none);
            return;
        }
        content.add(table ? new ApplicationTable(shown, zone)
                : new StageBoard(service, board, shown, zone, this::refresh));
    }

    private void describeFilters() {
        filters.addClassName("application-filters");
        filters.setVisible(false);
        stageFilter.setAriaLabel(getTranslation("application.stage"));
        stageFilter.setEmptySelectionAllowed(true);
        stageFilter.setEmptySelectionCaption(getTranslation("applications.filter.any-stage"));
        stageFilter.setItemLabelGenerator(stage -> stage == null ? getTranslation("applications.filter.any-stage")
                : stage.name());
        stageFilter.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                refresh();
            }
        });
        outcomeFilter.setAriaLabel(getTranslation("application.outcome"));
        outcomeFilter.setEmptySelectionAllowed(true);
        outcomeFilter.setEmptySelectionCaption(getTranslation("applications.filter.any-outcome"));
        outcomeFilter.setItems(ApplicationOutcome.values());
        outcomeFilter.setItemLabelGenerator(outcome -> outcome == null
                ? getTranslation("applications.filter.any-outcome")
                : getTranslation("application.outcome." + outcome));
        outcomeFilter.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                refresh();
            }
        });
    }

    /** Offers the current stages, keeping the chosen one (by id) when the stages were edited meanwhile. */
    private void offerStages(List<StageView> stages) {
        if (stages.equals(offeredStages)) {
            return;
        }
        Long chosen = stageFilter.isEmpty() ? null : stageFilter.getValue().id();
        offeredStages = stages;
        stageFilter.setItems(stages);
        stages.stream().filter(stage -> chosen != null && stage.id() == chosen).findFirst()
                .ifPresent(stageFilter::setValue);
    }

    private boolean matchesFilters(ApplicationCard card) {
        return (stageFilter.isEmpty() || card.stageId() == stageFilter.getValue().id())
                && (outcomeFilter.isEmpty() || card.outcome() == outcomeFilter.getValue());
    }

    private void open(long applicationId) {
        UI.getCurrent().navigate(ApplicationView.class, new RouteParameters("id", String.valueOf(applicationId)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("applications.title") + " · Waypoint";
    }
}
