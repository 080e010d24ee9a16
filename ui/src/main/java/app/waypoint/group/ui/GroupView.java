package app.waypoint.group.ui;

import app.waypoint.account.service.AccountService;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.base.ui.Refusals;
import app.waypoint.base.ui.TabLists;
import app.waypoint.group.service.GroupChecklistService;
import app.waypoint.group.service.GroupDetails;
import app.waypoint.group.service.GroupPage;
import app.waypoint.group.service.FeedReactionService;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
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
    private final Map<Tab, Div> holders = new LinkedHashMap<>();
    private final H1 title = new H1();
    private final Paragraph description = new Paragraph();

    private final GroupService groups;
    private final GroupProgressService progress;
    private final FeedReactionService reactions;
    private final SessionService sessions;
    private final PairingService pairing;
    private final GroupChecklistService groupChecklists;
    private final ChecklistService checklists;
    private final RoadmapService roadmaps;
    private final AccountService accounts;
    private final Clock clock;
    private GroupDetails group;
    /** What the page was opened with, until the board tab has shown it; later fills read anew. */
    private GroupPage opening;
    private ZoneId zone;

    GroupView(GroupService groups, GroupProgressService progress, SessionService sessions, PairingService pairing,
              GroupChecklistService groupChecklists, ChecklistService checklists, RoadmapService roadmaps,
              AccountService accounts, FeedReactionService reactions, Clock clock) {
        this.groups = groups;
        this.reactions = reactions;
        this.sessions = sessions;
        this.pairing = pairing;
        this.groupChecklists = groupChecklists;
        this.checklists = checklists;
        this.progress = progress;
        this.roadmaps = roadmaps;
        this.accounts = accounts;
        this.clock = clock;
        addClassNames("page", "group-view");
        description.addClassName("hint");
        // without the sheet's own padding the cards line up with the title and phones keep the width
        tabs.addThemeVariants(TabSheetVariant.NO_PADDING);
        tabs.addClassName("group-tabs");
        TabLists.onlyTabs(tabs);
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
            opening = groups.page(Long.parseLong(event.getRouteParameters().get("id").orElse("")));
            group = opening.details();
        } catch (NumberFormatException | NotFoundException notFound) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, getTranslation("group.not-found"));
            return;
        }
        build(0);
    }

    /**
     * Runs a change made from a tab with nothing to type in; a refusal is explained, and that tab shows the group as
     * it now is. The other tabs keep what was typed in them.
     */
    void change(Runnable action) {
        change(action, now -> refill(tabs.getSelectedTab()));
    }

    /**
     * Runs a change; a refusal is explained. Then the group is read again and {@code shown} refreshes the part of
     * the tab the change was made in; other tabs follow only in what the change touched, so what a person typed
     * anywhere else stays.
     */
    void change(Runnable action, Consumer<GroupDetails> shown) {
        Refusals.attempt(action);
        refresh(shown);
    }

    /**
     * Reads the group again after a change and hands it to {@code shown}, the part that changed. Someone who is no
     * longer a member goes to their groups. If what the person may do here changed (no longer owner or admin, or
     * now one), every tab shows anew: the forms that hold typed text are there only for owner and admins.
     */
    void refresh(Consumer<GroupDetails> shown) {
        GroupDetails before = group;
        try {
            group = groups.details(group.id());
        } catch (NotFoundException noLongerMember) {
            getUI().ifPresent(ui -> ui.navigate(GroupsView.class));
            return;
        }
        if (before.runsGroup() != group.runsGroup()) {
            build(tabs.getSelectedIndex());
            return;
        }
        showHeader();
        shown.accept(group);
        followInOtherTabs(before);
    }

    /**
     * The tabs other than the one acted in, once filled, follow what the change touched: those with nothing to type
     * in fill anew when next opened, the sessions and settings tabs refresh only their lists and sections.
     */
    private void followInOtherTabs(GroupDetails before) {
        boolean members = !before.members().equals(group.members());
        boolean roadmaps = !before.roadmaps().equals(group.roadmaps());
        boolean roles = before.myRole() != group.myRole() || !before.removed().equals(group.removed());
        holders.forEach((tab, holder) -> {
            if (tab == tabs.getSelectedTab()) {
                return;
            }
            holder.getChildren().findFirst().ifPresent(panel -> {
                switch (panel) {
                    case GroupSettingsPanel settings -> settings.groupChanged(group);
                    case GroupSessionsPanel sessionsPanel -> {
                        if (members) {
                            sessionsPanel.groupChanged(group);
                        }
                    }
                    case GroupBoardPanel board -> {
                        if (members || roadmaps) {
                            holder.removeAll();
                        }
                    }
                    case GroupMembersPanel list -> {
                        if (members || roles) {
                            holder.removeAll();
                        }
                    }
                    default -> {
                        if (members) {
                            holder.removeAll();
                        }
                    }
                }
            });
        });
    }

    /** Shows one tab anew, as the group now is. */
    private void refill(Tab tab) {
        holders.get(tab).removeAll();
        fillers.get(tab).run();
    }

    private void showHeader() {
        title.setText(group.name());
        description.setText(group.description() == null ? "" : group.description());
        description.setVisible(group.description() != null);
    }

    /** Tabs fill when first shown, so opening the group reads only what the first tab needs. */
    private void addTab(String titleKey, Supplier<Component> content) {
        Div holder = new Div();
        holder.addClassName("group-tab");
        Tab tab = tabs.add(getTranslation(titleKey), holder);
        holders.put(tab, holder);
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
        showHeader();
        add(title, description);
        fillers.clear();
        holders.clear();
        addTab("group.tab.board", () -> {
            GroupPage read = opening;
            opening = null;
            return read == null ? new GroupBoardPanel(group, progress)
                    : new GroupBoardPanel(group, progress, read.board(), read.pipelines());
        });
        addTab("group.tab.feed", () -> new GroupFeedPanel(group.id(), progress, reactions, zone()));
        addTab("group.tab.sessions", () -> new GroupSessionsPanel(group, sessions, this));
        addTab("group.tab.pairs", () -> new GroupPairsPanel(group, pairing, this));
        addTab("group.tab.checklists", () -> new GroupChecklistsPanel(group, groupChecklists, checklists, this));
        addTab("group.tab.projects", () -> new GroupProjectsPanel(group, groups));
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
