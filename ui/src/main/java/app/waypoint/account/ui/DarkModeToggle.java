package app.waypoint.account.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;

/** Switches between light and dark, remembered on the account. */
public class DarkModeToggle extends Composite<Button> {

    private final UserPreferences preferences;

    public DarkModeToggle(UserPreferences preferences) {
        this.preferences = preferences;
        Button button = getContent();
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.addClassName("dark-mode-toggle");
        button.setId("dark-mode-toggle");
        button.addClickListener(click -> click.getSource().getUI().ifPresent(ui ->
                preferences.switchDarkMode(ui, !preferences.isDarkMode(ui))));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        show(preferences.isDarkMode(ui));
        Registration registration = preferences.onColorSchemeChange(ui, change -> show(change.isDark()));
        addDetachListener(detach -> {
            registration.remove();
            detach.unregisterListener();
        });
    }

    private void show(boolean dark) {
        getContent().setIcon(dark ? VaadinIcon.SUN_O.create() : VaadinIcon.MOON_O.create());
        String label = getTranslation(dark ? "theme.switch-to-light" : "theme.switch-to-dark");
        getContent().setAriaLabel(label);
        getContent().setTooltipText(label);
    }
}
