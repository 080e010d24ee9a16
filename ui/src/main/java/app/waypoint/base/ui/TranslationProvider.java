package app.waypoint.base.ui;

import app.waypoint.base.domain.Language;
import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every text a user sees, from {@code vaadin-i18n/translations*.properties}: English is the base bundle,
 * Korean the {@code _ko} one. Browsers in any other language get English.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final String BUNDLE = "vaadin-i18n/translations";
    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK_TO_JVM_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            String text = ResourceBundle.getBundle(BUNDLE, Language.of(locale).locale(), NO_FALLBACK_TO_JVM_LOCALE)
                    .getString(key);
            return params.length == 0 ? text : new MessageFormat(text, locale).format(params);
        } catch (MissingResourceException missing) {
            log.warn("No translation for '{}' in {}", key, locale);
            return key;
        }
    }
}
