package app.waypoint.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The signed-in person's name, with their settings, the admin console for admins, and logout. */
public class UserMenu extends Composite<MenuBar> {

    public UserMenu(String displayName, AuthenticationContext authentication) {
        MenuBar menu = getContent();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("user-menu");
        menu.setId("user-menu");
        Avatar avatar = new Avatar(displayName);
        avatar.addThemeVariants(AvatarVariant.LUMO_SMALL);
        Span name = new Span(displayName);
        name.addClassName("user-menu-name");
        Span label = new Span(avatar, name);
        label.addClassName("user-menu-label");
        MenuItem root = menu.addItem(label);
        root.setAriaLabel(getTranslation("user-menu.open", displayName));
        SubMenu items = root.getSubMenu();
        items.addItem(getTranslation("nav.settings"),
                click -> menu.getUI().ifPresent(ui -> ui.navigate(SettingsView.class)));
        if (authentication.hasRole("ADMIN")) {
            items.addItem(getTranslation("nav.admin"),
                    click -> menu.getUI().ifPresent(ui -> ui.navigate(AdminUsersView.class)));
        }
        items.addItem(getTranslation("user-menu.logout"), click -> authentication.logout());
    }
}
