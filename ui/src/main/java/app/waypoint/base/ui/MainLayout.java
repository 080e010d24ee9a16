package app.waypoint.base.ui;

import app.waypoint.account.service.AccountService;
import app.waypoint.account.ui.SettingsView;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/**
 * The frame around every signed-in screen: a drawer with the features on desktop, a bottom bar on
 * phones, and language, color scheme and the user menu in the top bar.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    /** Each feature adds its entry here when it lands. */
    static final List<NavigationEntry> ENTRIES = List.of(
            new NavigationEntry(HomeView.class, VaadinIcon.HOME, "nav.home"),
            new NavigationEntry(SettingsView.class, VaadinIcon.COG, "nav.settings"));

    MainLayout(AccountService accountService, UserPreferences preferences, AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

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
        addToNavbar(true, bottomBar());

        addToDrawer(brand("drawer-brand"), sideNav());
    }

    private Anchor brand(String className) {
        Image logo = new Image("images/waypoint.svg", "");
        logo.addClassName("brand-logo");
        Anchor brand = new Anchor("", logo, new Span("Waypoint"));
        brand.addClassNames("brand", className);
        return brand;
    }

    private SideNav sideNav() {
        SideNav nav = new SideNav();
        for (NavigationEntry entry : ENTRIES) {
            nav.addItem(new SideNavItem(getTranslation(entry.labelKey()), entry.view(), entry.icon().create()));
        }
        nav.addClassName("side-nav");
        return nav;
    }

    /** On phones the main destinations sit under the thumb; hidden by CSS when the drawer is shown. */
    private Div bottomBar() {
        Div bar = new Div();
        bar.addClassName("bottom-nav");
        for (NavigationEntry entry : ENTRIES) {
            RouterLink link = new RouterLink(entry.view());
            link.add(entry.icon().create(), new Span(getTranslation(entry.labelKey())));
            link.setHighlightCondition((routerLink, event) -> RouteConfiguration.forSessionScope()
                    .getUrl(entry.view()).equals(event.getLocation().getPath()));
            bar.add(link);
        }
        return bar;
    }
}
