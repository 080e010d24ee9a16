package app.waypoint.base.domain;

import java.util.Locale;

/** The languages Waypoint speaks. */
public enum Language {
    KO(Locale.KOREAN),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The language for a locale, falling back to English for any language Waypoint does not speak. */
    public static Language of(Locale locale) {
        return Locale.KOREAN.getLanguage().equals(locale.getLanguage()) ? KO : EN;
    }
}
