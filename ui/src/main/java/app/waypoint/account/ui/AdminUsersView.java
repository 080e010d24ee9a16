package app.waypoint.account.ui;

import app.waypoint.account.service.AccountService;
import app.waypoint.account.service.AdminService;
import app.waypoint.account.service.InstanceFigures;
import app.waypoint.account.service.SecurityLogService;
import app.waypoint.base.ui.TabLists;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;

/**
 * The admin console: the instance's figures, its accounts, how new people get in, and the security log. Anyone
 * but an admin gets the same page as an unknown address.
 */
@Route("admin/users")
@RolesAllowed("ADMIN")
public class AdminUsersView extends Main implements HasDynamicTitle {

    final AdminAccountsPanel accounts;
    final RegistrationPanel registration;
    final SecurityLogPanel securityLog;
    final TabSheet tabs = new TabSheet();

    AdminUsersView(AdminService admin, SecurityLogService log, AccountService accountService) {
        addClassNames("page", "admin-view");
        ZoneId zone = accountService.currentProfile().timeZone();
        accounts = new AdminAccountsPanel(admin, zone);
        registration = new RegistrationPanel(admin, zone);
        securityLog = new SecurityLogPanel(admin, log, zone);
        tabs.addClassName("admin-tabs");
        TabLists.onlyTabs(tabs);
        tabs.add(getTranslation("admin.tab.accounts"), accounts);
        tabs.add(getTranslation("admin.tab.registration"), registration);
        var logTab = tabs.add(getTranslation("admin.tab.security-log"), securityLog);
        accounts.onShowLog(account -> {
            securityLog.showAccount(account.id(), account.email());
            tabs.setSelectedTab(logTab);
        });
        // the log is read again each time its tab opens, so it shows what was just done in the other tabs
        tabs.addSelectedChangeListener(change -> {
            if (change.getSelectedTab() == logTab) {
                securityLog.refresh();
            }
        });
        tabs.setWidthFull();
        add(new H1(getTranslation("admin.title")), figures(admin.figures()), tabs);
    }

    private Div figures(InstanceFigures figures) {
        Div row = new Div(figure(figures.accounts(), "admin.figure.accounts"),
                figure(figures.activeThisWeek(), "admin.figure.active"),
                figure(figures.groups(), "admin.figure.groups"));
        row.addClassName("admin-figures");
        return row;
    }

    private Div figure(long value, String labelKey) {
        Span number = new Span(String.format(getLocale(), "%,d", value));
        number.addClassName("admin-figure-value");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("hint");
        Div box = new Div(number, label);
        box.addClassName("admin-figure");
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title") + " · Waypoint";
    }
}
