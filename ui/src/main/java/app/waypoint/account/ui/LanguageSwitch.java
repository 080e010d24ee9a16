package app.waypoint.account.ui;

import app.waypoint.base.domain.Language;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/** One tap switches between Korean and English; the button names the language it switches to. */
public class LanguageSwitch extends Composite<Button> {

    private final UserPreferences preferences;

    public LanguageSwitch(UserPreferences preferences) {
        this.preferences = preferences;
        Button button = getContent();
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setIcon(VaadinIcon.GLOBE_WIRE.create());
        button.addClassName("language-switch");
        button.setId("language-switch");
        button.addClickListener(click -> click.getSource().getUI().ifPresent(ui ->
                preferences.switchLanguage(ui, other(preferences.currentLanguage(ui)))));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        Language target = other(preferences.currentLanguage(attachEvent.getUI()));
        getContent().setText(getTranslation("language.switch-to." + target.name()));
        getContent().setAriaLabel(getTranslation("language.switch-aria"));
    }

    private static Language other(Language language) {
        return language == Language.KO ? Language.EN : Language.KO;
    }
}
