package app.waypoint.group.ui;

import app.waypoint.account.service.AccountService;
import app.waypoint.base.service.NotAllowedException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.base.ui.Notifications;
import app.waypoint.group.service.GroupDetails;
import app.waypoint.group.service.GroupProgressService;
import app.waypoint.group.service.GroupService;
import app.waypoint.roadmap.service.RoadmapService;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.time.ZoneId;

/**
 * One study group, for its members only: the progress board, the feed, the members and the group's settings.
 * To anyone else the page does not exist.
 */
@Route("groups/:id")
@PermitAll
public class GroupView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final TabSheet tabs = new TabSheet();

    private final GroupService groups;
    private final GroupProgressService progress;
    private final RoadmapService roadmaps;
    private final AccountService accounts;
    private GroupDetails group;

    GroupView(GroupService groups, GroupProgressService progress, RoadmapService roadmaps, AccountService accounts) {
        this.groups = groups;
        this.progress = progress;
        this.roadmaps = roadmaps;
        this.accounts = accounts;
        addClassNames("page", "group-view");
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
        try {
            action.run();
        } catch (NotAllowedException denied) {
            Notifications.error(getTranslation(denied.messageKey()));
        }
        reload();
    }

    private void build(int selectedTab) {
        removeAll();
        tabs.getChildren().toList().forEach(tabs::remove);
        H1 title = new H1(group.name());
        add(title);
        if (group.description() != null) {
            Paragraph description = new Paragraph(group.description());
            description.addClassName("hint");
            add(description);
        }
        tabs.add(getTranslation("group.tab.board"), new GroupBoardPanel(group, progress));
        tabs.add(getTranslation("group.tab.feed"), new GroupFeedPanel(group.id(), progress, zone()));
        tabs.add(getTranslation("group.tab.members"), new GroupMembersPanel(group, groups, this));
        tabs.add(getTranslation("group.tab.settings"), new GroupSettingsPanel(group, groups, roadmaps, this));
        tabs.setSelectedIndex(selectedTab);
        tabs.setWidthFull();
        add(tabs);
    }

    /** The person's own time zone, for the dates shown. */
    ZoneId zone() {
        return accounts.currentProfile().timeZone();
    }

    @Override
    public String getPageTitle() {
        return (group == null ? getTranslation("groups.title") : group.name()) + " · Waypoint";
    }
}
