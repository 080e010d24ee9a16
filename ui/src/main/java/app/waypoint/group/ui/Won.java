package app.waypoint.group.ui;

import app.waypoint.base.domain.Language;

import java.text.NumberFormat;
import java.util.Locale;

/** Amounts in Korean won as each language writes them: "5,000원" in Korean, "₩5,000" in English. */
final class Won {

    private Won() {
    }

    static String format(long won, Locale locale) {
        String digits = NumberFormat.getIntegerInstance(Locale.KOREA).format(Math.abs(won));
        String sign = won < 0 ? "-" : "";
        return Language.of(locale) == Language.KO ? sign + digits + "원" : sign + "₩" + digits;
    }
}
