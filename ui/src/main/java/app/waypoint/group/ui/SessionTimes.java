package app.waypoint.group.ui;

import app.waypoint.base.domain.Language;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** A session's start time as the person's language writes it: "오후 8:00", "8:00 PM". */
final class SessionTimes {

    private SessionTimes() {
    }

    static String format(LocalTime time, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Language.of(locale).locale())
                .format(time);
    }
}
