package app.waypoint.base.ui;

import app.waypoint.base.domain.Language;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The date picker every form uses: month and weekday names, "Today" and "Cancel", the week's first day and the
 * date format all follow the person's language, and follow it again when they switch.
 * <p>
 * It does not open its calendar when the field gets focus ({@code auto-open-disabled}). On a phone Vaadin shows
 * the calendar as a full-screen overlay, which hid the field and swallowed typing; now a person can type a date
 * and press Enter to commit it, and the calendar button still opens the overlay for picking one.
 */
public class DateField extends DatePicker implements LocaleChangeObserver {

    /** Also understood when typed, whatever the language: the ISO form and its common variants. */
    private static final String[] OTHER_FORMATS = {"yyyy-MM-dd", "yyyy.MM.dd", "yyyy/MM/dd", "yyyy. M. d.",
            "yyyy.M.d"};

    public DateField() {
        setAutoOpen(false);
        addAttachListener(attach -> orderTitle());
        UI ui = UI.getCurrent();
        localize(ui == null ? Locale.ENGLISH : ui.getLocale());
    }

    public DateField(String label) {
        this();
        setLabel(label);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        localize(event.getLocale());
    }

    private void localize(Locale uiLocale) {
        Language language = Language.of(uiLocale);
        Locale locale = language.locale();
        setLocale(locale);
        DatePickerI18n i18n = new DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values())
                .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList());
        i18n.setWeekdays(weekdaysFromSunday(TextStyle.FULL, locale));
        i18n.setWeekdaysShort(weekdaysFromSunday(TextStyle.SHORT, locale));
        // Korean wall and phone calendars start the week on Sunday, as American ones do
        i18n.setFirstDayOfWeek(0);
        i18n.setToday(getTranslation(locale, "date-picker.today"));
        i18n.setCancel(getTranslation(locale, "date-picker.cancel"));
        String primary = getTranslation(locale, "date-picker.format");
        i18n.setDateFormats(primary, Arrays.stream(OTHER_FORMATS).filter(format -> !format.equals(primary))
                .toArray(String[]::new));
        i18n.setBadInputErrorMessage(getTranslation(locale, "date-picker.bad-input"));
        setI18n(i18n);
        koreanTitle = language == Language.KO;
        orderTitle();
    }

    private boolean koreanTitle;

    /**
     * The calendar's month heading reads "12월 2026" by default; Korean puts the year first ("2026년 12월"). Its
     * order is a function the Java side cannot set, so it is replaced in the page, after the component's own
     * texts, on every attach and language change.
     */
    private void orderTitle() {
        getUI().ifPresent(ui -> ui.beforeClientResponse(this, context -> getElement().executeJs(koreanTitle
                ? "this.i18n = Object.assign({}, this.i18n, {formatTitle: (month, year) => year + '년 ' + month});"
                : "this.i18n = Object.assign({}, this.i18n, {formatTitle: (month, year) => month + ' ' + year});")));
    }

    /** Vaadin wants the weekdays starting on Sunday, whatever day the week starts on. */
    private static List<String> weekdaysFromSunday(TextStyle style, Locale locale) {
        return java.util.stream.IntStream.range(0, 7)
                .mapToObj(index -> DayOfWeek.SUNDAY.plus(index).getDisplayName(style, locale)).toList();
    }
}
