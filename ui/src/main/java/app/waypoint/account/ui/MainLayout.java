package app.waypoint.account.ui;

import app.waypoint.account.service.AccountDeletionService;
import app.waypoint.account.service.AccountService;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/**
 * The frame around every signed-in screen: a drawer with the features on desktop, a bottom bar on
 * phones, and language, color scheme and the user menu in the top bar. Features appear in the
 * navigation by marking their main view with {@code @Menu(title = "<translation key>", icon = …)}.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    /** Set once the person was told that signing in cancelled their account's deletion. */
    private static final String DELETION_NOTICE_SHOWN = "waypoint.deletion-cancelled-notice";

    MainLayout(AccountService accountService, UserPreferences preferences, AuthenticationContext authentication,
               AccountDeletionService deletion) {
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");
        List<MenuEntry> destinations = MenuConfiguration.getMenuEntries();

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.menu"));
        Span spacer = new Span();
        HorizontalLayout tools = new HorizontalLayout(
                new LanguageSwitch(preferences),
                new DarkModeToggle(preferences),
                new UserMenu(accountService.currentProfile().displayName(), authentication));
        tools.setAlignItems(FlexComponent.Alignment.CENTER);
        tools.setSpacing(false);
        tools.addClassName("navbar-tools");
        HorizontalLayout navbar = new HorizontalLayout(toggle, brand("navbar-brand"), spacer, tools);
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.setFlexGrow(1, spacer);
        navbar.setWidthFull();
        navbar.addClassName("navbar");
        addToNavbar(navbar);
        addToNavbar(true, bottomBar(destinations));

        addToDrawer(brand("drawer-brand"), sideNav(destinations));
        tellIfSigningInCancelledDeletion(deletion);
    }

    /** Once per session: signing in cancelled a scheduled deletion. Stays until closed, as it matters. */
    private void tellIfSigningInCancelledDeletion(AccountDeletionService deletion) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getAttribute(DELETION_NOTICE_SHOWN) != null
                || !deletion.cancelledBySigningIn()) {
            return;
        }
        session.setAttribute(DELETION_NOTICE_SHOWN, Boolean.TRUE);
        Notification notice = new Notification();
        notice.setDuration(0);
        notice.setPosition(Notification.Position.TOP_CENTER);
        notice.addThemeVariants(NotificationVariant.LUMO_PRIMARY);
        Span text = new Span(getTranslation("deletion.signed-in-cancelled"));
        text.setId("deletion-cancelled-notice");
        Button close = new Button(getTranslation("action.close"), click -> notice.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_CONTRAST);
        HorizontalLayout content = new HorizontalLayout(text, close);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notice.add(content);
        notice.open();
    }

    private Anchor brand(String className) {
        Image logo = new Image("images/waypoint.svg", "");
        logo.addClassName("brand-logo");
        Anchor brand = new Anchor("", logo, new Span("Waypoint"));
        brand.addClassNames("brand", className);
        return brand;
    }

    private SideNav sideNav(List<MenuEntry> destinations) {
        SideNav nav = new SideNav();
        for (MenuEntry entry : destinations) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path(), icon(entry));
            // a page under a destination (a roadmap, a project, "your data" in settings) keeps it marked
            item.setMatchNested(!entry.path().isEmpty());
            nav.addItem(item);
        }
        nav.addClassName("side-nav");
        return nav;
    }

    /** On phones the main destinations sit under the thumb; CSS hides the bar when the drawer is shown. */
    private Div bottomBar(List<MenuEntry> destinations) {
        Div bar = new Div();
        bar.addClassName("bottom-nav");
        for (MenuEntry entry : destinations) {
            RouterLink link = new RouterLink();
            link.setRoute(entry.menuClass());
            link.add(icon(entry), new Span(getTranslation(entry.title())));
            bar.add(link);
        }
        return bar;
    }

    /** Icons are named "collection:name", e.g. "vaadin:home". */
    private static Icon icon(MenuEntry entry) {
        String[] name = entry.icon().split(":", 2);
        return new Icon(name[0], name[1]);
    }
}
