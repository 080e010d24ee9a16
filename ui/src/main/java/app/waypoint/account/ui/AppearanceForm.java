package app.waypoint.account.ui;

import app.waypoint.base.domain.Language;
import app.waypoint.account.service.AccountService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.shared.Registration;

/** Language and dark mode: each applies the moment it is changed, and is remembered. */
class AppearanceForm extends Composite<Section> {

    final RadioButtonGroup<Language> language = new RadioButtonGroup<>();
    final Checkbox darkMode = new Checkbox();

    private final UserPreferences preferences;

    AppearanceForm(AccountService accountService, UserPreferences preferences) {
        this.preferences = preferences;
        language.setLabel(getTranslation("field.language"));
        language.setItems(Language.KO, Language.EN);
        language.setItemLabelGenerator(choice -> getTranslation("language.name." + choice.name()));
        darkMode.setLabel(getTranslation("field.dark-mode"));

        Paragraph hint = new Paragraph(getTranslation("settings.appearance.hint"));
        hint.addClassName("hint");
        getContent().addClassName("settings-section");
        getContent().add(new H2(getTranslation("settings.appearance")), hint, language, darkMode);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // listeners are added after the current values are shown, so showing them changes nothing
        language.setValue(preferences.currentLanguage(attachEvent.getUI()));
        darkMode.setValue(preferences.isDarkMode(attachEvent.getUI()));
        if (attachEvent.isInitialAttach()) {
            language.addValueChangeListener(change -> {
                if (change.isFromClient() && change.getValue() != null) {
                    preferences.switchLanguage(attachEvent.getUI(), change.getValue());
                }
            });
            darkMode.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    preferences.switchDarkMode(attachEvent.getUI(), change.getValue());
                }
            });
        }
        Registration registration = preferences.onColorSchemeChange(attachEvent.getUI(),
                change -> darkMode.setValue(change.isDark()));
        addDetachListener(detach -> {
            registration.remove();
            detach.unregisterListener();
        });
    }
}
