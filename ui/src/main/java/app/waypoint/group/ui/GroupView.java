package app.waypoint.group.ui;

import app.waypoint.account.service.AccountService;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.base.ui.Refusals;
import app.waypoint.group.service.GroupChecklistService;
import app.waypoint.group.service.GroupDetails;
import app.waypoint.group.service.GroupProgressService;
import app.waypoint.group.service.GroupService;
import app.waypoint.group.service.PairingService;
import app.waypoint.group.service.SessionService;
import app.waypoint.interview.service.ChecklistService;
import app.waypoint.roadmap.service.RoadmapService;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.TabSheetVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One study group, for its members only: the progress board, the feed, sessions, mock-interview pairs, shared
 * checklists, the members and the group's settings.
 * To anyone else the page does not exist.
 */
@Route("groups/:id")
@PermitAll
public class GroupView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final TabSheet tabs = new TabSheet();
    private final Map<Tab, Runnable> fillers = new HashMap<>();

    private final GroupService groups;
    private final GroupProgressService progress;
    private final SessionService sessions;
    private final PairingService pairing;
    private final GroupChecklistService groupChecklists;
    private final ChecklistService checklists;
    private final RoadmapService roadmaps;
    private final AccountService accounts;
    private final Clock clock;
    private GroupDetails group;
    private ZoneId zone;

    GroupView(GroupService groups, GroupProgressService progress, SessionService sessions, PairingService pairing,
              GroupChecklistService groupChecklists, ChecklistService checklists, RoadmapService roadmaps,
              AccountService accounts, Clock clock) {
        this.groups = groups;
        this.sessions = sessions;
        this.pairing = pairing;
        this.groupChecklists = groupChecklists;
        this.checklists = checklists;
        this.progress = progress;
        this.roadmaps = roadmaps;
        this.accounts = accounts;
        this.clock = clock;
        addClassNames("page", "group-view");
        // without the sheet's own padding the cards line up with the title and phones keep the width
        tabs.addThemeVariants(TabSheetVariant.NO_PADDING);
        tabs.addSelectedChangeListener(change -> {
            Runnable fill = fillers.get(change.getSelectedTab());
            if (fill != null) {
                fill.run();
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            group = groups.details(Long.parseLong(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException | NotFoundException notFound) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, getTranslation("group.not-found"));
            return;
        }
        build(0);
    }

    /** Re-reads the group after a change and stays on the same tab. */
    void reload() {
        try {
            group = groups.details(group.id());
            build(tabs.getSelectedIndex());
        } catch (NotFoundException noLongerMember) {
            getUI().ifPresent(ui -> ui.navigate(GroupsView.class));
        }
    }

    /** Runs a change; a refusal is explained, and the page shows the group as it now is. */
    void change(Runnable action) {
        Refusals.attempt(action);
        reload();
    }

    /** Tabs fill when first shown, so opening the group reads only what the first tab needs. */
    private void addTab(String titleKey, Supplier<Component> content) {
        Div holder = new Div();
        holder.addClassName("group-tab");
        Tab tab = tabs.add(getTranslation(titleKey), holder);
        fillers.put(tab, () -> {
            if (holder.getComponentCount() == 0) {
                holder.add(content.get());
            }
        });
    }

    private void build(int selectedTab) {
        removeAll();
        // by index: the sheet's children are not its tabs, so removing those left old tabs behind
        while (tabs.getTabCount() > 0) {
            tabs.remove(0);
        }
        H1 title = new H1(group.name());
        add(title);
        if (group.description() != null) {
            Paragraph description = new Paragraph(group.description());
            description.addClassName("hint");
            add(description);
        }
        fillers.clear();
        addTab("group.tab.board", () -> new GroupBoardPanel(group, progress));
        addTab("group.tab.feed", () -> new GroupFeedPanel(group.id(), progress, zone()));
        addTab("group.tab.sessions", () -> new GroupSessionsPanel(group, sessions, this));
        addTab("group.tab.pairs", () -> new GroupPairsPanel(group, pairing, this));
        addTab("group.tab.checklists", () -> new GroupChecklistsPanel(group, groupChecklists, checklists, this));
        addTab("group.tab.members", () -> new GroupMembersPanel(group, groups, this));
        addTab("group.tab.settings", () -> new GroupSettingsPanel(group, groups, roadmaps, this));
        tabs.setSelectedIndex(selectedTab);
        fillers.get(tabs.getSelectedTab()).run();
        tabs.setWidthFull();
        add(tabs);
    }

    /** The person's own time zone, for the dates shown; read once for the page, not once per row. */
    ZoneId zone() {
        if (zone == null) {
            zone = accounts.currentProfile().timeZone();
        }
        return zone;
    }

    /** The person's today by the app's clock, which is the one the services date things by. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    @Override
    public String getPageTitle() {
        return (group == null ? getTranslation("groups.title") : group.name()) + " · Waypoint";
    }
}
