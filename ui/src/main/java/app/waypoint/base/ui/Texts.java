package app.waypoint.base.ui;

import app.waypoint.base.domain.Language;
import app.waypoint.base.domain.LocalizedText;
import com.vaadin.flow.component.UI;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Content texts and dates in the language of the current screen. */
public final class Texts {

    private Texts() {
    }

    public static String of(LocalizedText text) {
        return text == null ? "" : text.in(Language.of(locale()));
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    public static String date(Instant instant, ZoneId zone) {
        return instant == null ? "" : date(instant.atZone(zone).toLocalDate());
    }

    /** The date and the time of day, for when something happened. */
    public static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).format(instant.atZone(zone));
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }
}
