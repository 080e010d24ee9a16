package app.waypoint.account.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Switches between light and dark, remembered on the account. */
public class DarkModeToggle extends Composite<Button> {

    private final UserPreferences preferences;

    public DarkModeToggle(UserPreferences preferences) {
        this.preferences = preferences;
        Button button = getContent();
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.addClassName("dark-mode-toggle");
        button.setId("dark-mode-toggle");
        button.addClickListener(click -> click.getSource().getUI().ifPresent(ui -> {
            preferences.switchDarkMode(ui, !preferences.isDarkMode(ui));
            show(ui);
        }));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        show(attachEvent.getUI());
    }

    private void show(UI ui) {
        boolean dark = preferences.isDarkMode(ui);
        getContent().setIcon(dark ? VaadinIcon.SUN_O.create() : VaadinIcon.MOON_O.create());
        String label = getTranslation(dark ? "theme.switch-to-light" : "theme.switch-to-dark");
        getContent().setAriaLabel(label);
        getContent().setTooltipText(label);
    }
}
