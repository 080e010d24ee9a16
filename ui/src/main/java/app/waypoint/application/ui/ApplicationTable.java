package app.waypoint.application.ui;

import app.waypoint.application.service.ApplicationCard;
import app.waypoint.base.ui.Texts;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/** Applications as a sortable table: company, role, stage, outcome, applied and last change. */
class ApplicationTable extends Composite<Grid<ApplicationCard>> {

    ApplicationTable(List<ApplicationCard> shown, ZoneId zone) {
        Grid<ApplicationCard> grid = getContent();
        grid.addClassName("application-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(card -> new RouterLink(card.company(), ApplicationView.class,
                        new RouteParameters("id", String.valueOf(card.id()))))
                .setHeader(getTranslation("application.company")).setComparator(ApplicationCard::company)
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(ApplicationCard::role).setHeader(getTranslation("application.role")).setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(ApplicationCard::stageName).setHeader(getTranslation("application.stage")).setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(card -> getTranslation("application.outcome." + card.outcome()))
                .setHeader(getTranslation("application.outcome")).setSortable(true).setAutoWidth(true);
        grid.addColumn(card -> Texts.date(card.appliedOn())).setHeader(getTranslation("application.applied-on"))
                .setComparator(Comparator.comparing(ApplicationCard::appliedOn,
                        Comparator.nullsFirst(Comparator.naturalOrder()))).setAutoWidth(true);
        grid.addColumn(card -> Texts.date(card.changedAt(), zone)).setHeader(getTranslation("application.changed-at"))
                .setComparator(ApplicationCard::changedAt).setAutoWidth(true);
        grid.setItems(shown);
        grid.setAllRowsVisible(true);
    }
}
