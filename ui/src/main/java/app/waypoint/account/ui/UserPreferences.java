package app.waypoint.account.ui;

import app.waypoint.base.domain.Language;
import app.waypoint.account.service.AccountProfile;
import app.waypoint.account.service.AccountService;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Language and color scheme: the account's choice when signed in, otherwise the browser's. Both apply at
 * once when switched and are remembered on the account.
 */
@Component
public class UserPreferences implements VaadinServiceInitListener {

    /** Set once someone picks a language before signing in, so that a reload keeps their pick. */
    private static final String CHOSEN_IN_SESSION = "waypoint.language-chosen";

    private final AccountService accountService;
    private final AuthenticationContext authentication;

    UserPreferences(AccountService accountService, AuthenticationContext authentication) {
        this.accountService = accountService;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiInit -> applySavedPreferences(uiInit.getUI()));
    }

    private void applySavedPreferences(UI ui) {
        AccountProfile profile = authentication.isAuthenticated() ? accountService.currentProfile() : null;
        if (profile != null && profile.language() != null) {
            setLocale(ui, profile.language().locale());
        } else if (ui.getSession().getAttribute(CHOSEN_IN_SESSION) == null) {
            VaadinRequest request = VaadinRequest.getCurrent();
            setLocale(ui, Language.of(request == null ? Locale.ENGLISH : request.getLocale()).locale());
        }
        if (profile != null) {
            ui.getPage().setColorScheme(profile.darkMode() ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT);
        }
    }

    public Language currentLanguage(UI ui) {
        return Language.of(ui.getLocale());
    }

    /** Switches the language of every open tab of this session and redraws the current screen. */
    public void switchLanguage(UI ui, Language language) {
        if (authentication.isAuthenticated()) {
            accountService.changeLanguage(language);
        }
        ui.getSession().setAttribute(CHOSEN_IN_SESSION, Boolean.TRUE);
        setLocale(ui, language.locale());
        ui.refreshCurrentRoute(true);
    }

    public boolean isDarkMode(UI ui) {
        return ui.getPage().getColorScheme() == ColorScheme.Value.DARK;
    }

    public void switchDarkMode(UI ui, boolean dark) {
        accountService.changeDarkMode(dark);
        ui.getPage().setColorScheme(dark ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT);
        ComponentUtil.fireEvent(ui, new ColorSchemeChangedEvent(ui, dark));
    }

    /** Calls the listener whenever dark mode is switched in this UI, until the returned registration is removed. */
    public Registration onColorSchemeChange(UI ui, ComponentEventListener<ColorSchemeChangedEvent> listener) {
        return ComponentUtil.addListener(ui, ColorSchemeChangedEvent.class, listener);
    }

    private static void setLocale(UI ui, Locale locale) {
        VaadinSession session = ui.getSession();
        if (session != null) {
            session.setLocale(locale);
        }
        ui.setLocale(locale);
    }
}
