package app.waypoint.base.ui;

import app.waypoint.account.ui.SettingsView;
import app.waypoint.base.domain.Language;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Date pickers speak the person's language, not the browser's and not always English. */
class DateFieldTest extends KaribuTest {

    @Test
    void aKoreanPersonsDatePickerIsKoreanThroughAndThrough() {
        signUpAndLogIn("minji@example.com", Language.KO);
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("settings");

        DatePicker.DatePickerI18n i18n = targetDate().getI18n();

        assertThat(i18n.getToday()).isEqualTo("오늘");
        assertThat(i18n.getCancel()).isEqualTo("취소");
        assertThat(i18n.getMonthNames()).startsWith("1월", "2월").endsWith("12월");
        assertThat(i18n.getWeekdays()).startsWith("일요일", "월요일");
        assertThat(i18n.getWeekdaysShort()).startsWith("일", "월");
        assertThat(i18n.getFirstDayOfWeek()).as("the week starts on Sunday, as Korean calendars do").isZero();
        assertThat(i18n.getDateFormats()).startsWith("yyyy. M. d.").contains("yyyy-MM-dd");
        assertThat(targetDate().isAutoOpen()).as("typing and Enter work on a phone").isFalse();
    }

    @Test
    void anEnglishPersonsDatePickerIsEnglishAndSwitchesWithTheLanguage() {
        signUpAndLogIn("jamie@example.com", Language.EN);
        openBrowser(Locale.KOREAN);
        UI.getCurrent().navigate("settings");

        DatePicker.DatePickerI18n i18n = targetDate().getI18n();
        assertThat(i18n.getToday()).isEqualTo("Today");
        assertThat(i18n.getCancel()).isEqualTo("Cancel");
        assertThat(i18n.getMonthNames()).startsWith("January").endsWith("December");
        assertThat(i18n.getWeekdays()).startsWith("Sunday", "Monday");
        assertThat(i18n.getFirstDayOfWeek()).isZero();
        assertThat(i18n.getDateFormats()).startsWith("yyyy-MM-dd");

        _click(_get(Button.class, spec -> spec.withId("language-switch")));

        assertThat(targetDate().getI18n().getToday()).isEqualTo("오늘");
    }

    private static DatePicker targetDate() {
        return _find(_get(SettingsView.class), DatePicker.class).getFirst();
    }
}
