package app.waypoint.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A calendar of counts a day drawn on the server as SVG: one column a week, Sunday at the top (as Korean
 * calendars start the week), the week of {@code lastDay} at the right, each day a square shaded by its count
 * with "day: count" as its tooltip, and a less-to-more legend under it. The SVG fits its container's width down
 * to a readable square size; below that its box scrolls sideways and opens at the right, on the newest weeks,
 * without any script.
 */
public final class CalendarHeatmap {

    private static final int STEP = 15;
    private static final int CELL = 12;
    private static final int LEFT = 28;
    private static final int TOP = 16;
    private static final int LEVELS = 4;
    /** The smallest the SVG shrinks to, as a share of its natural size, before its box scrolls instead. */
    private static final double SMALLEST = 0.75;

    private CalendarHeatmap() {
    }

    /**
     * The texts a calendar shows: {@code summary} names it for screen readers, {@code dayTitle} writes a day's
     * tooltip from the day and its count, {@code locale} names the months and weekdays, {@code less} and
     * {@code more} end the legend.
     */
    public record Labels(String summary, BiFunction<LocalDate, Integer, String> dayTitle, Locale locale, String less,
                         String more) {
    }

    /** The {@code weeks} weeks up to {@code lastDay}; days absent from {@code counts} count zero. */
    public static Component of(Map<LocalDate, Integer> counts, LocalDate lastDay, int weeks, Labels labels) {
        LocalDate first = firstDay(lastDay, weeks);
        int max = 0;
        for (LocalDate day = first; !day.isAfter(lastDay); day = day.plusDays(1)) {
            max = Math.max(max, counts.getOrDefault(day, 0));
        }
        int width = LEFT + weeks * STEP;
        int height = TOP + 7 * STEP;
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" aria-label=\"").append(BarChart.escape(labels.summary()))
                .append("\" class=\"calendar-heatmap-svg\"><title>").append(BarChart.escape(labels.summary())).append("</title>");
        for (DayOfWeek weekday : new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY}) {
            svg.append("<text x=\"0\" y=\"").append(TOP + row(weekday) * STEP + CELL - 2)
                    .append("\" class=\"calendar-heatmap-label\">")
                    .append(BarChart.escape(weekday.getDisplayName(TextStyle.SHORT, labels.locale()))).append("</text>");
        }
        for (int week = 0; week < weeks; week++) {
            LocalDate sunday = first.plusWeeks(week);
            LocalDate monthStart = monthStartIn(sunday);
            boolean firstColumnWithRoom = week == 0 && (weeks < 3 || monthStartIn(sunday.plusWeeks(1)) == null
                    && monthStartIn(sunday.plusWeeks(2)) == null);
            boolean roomForName = week < weeks - 1 || weeks == 1;   // a name in the last column runs off the edge
            if ((monthStart != null || firstColumnWithRoom) && roomForName) {
                LocalDate named = monthStart != null ? monthStart : sunday;
                svg.append("<text x=\"").append(LEFT + week * STEP).append("\" y=\"11\" class=\"calendar-heatmap-label\">")
                        .append(BarChart.escape(named.getMonth().getDisplayName(TextStyle.SHORT, labels.locale())))
                        .append("</text>");
            }
            for (int weekday = 0; weekday < 7; weekday++) {
                LocalDate day = sunday.plusDays(weekday);
                if (day.isAfter(lastDay)) {
                    break;
                }
                int count = counts.getOrDefault(day, 0);
                svg.append("<rect x=\"").append(LEFT + week * STEP).append("\" y=\"").append(TOP + weekday * STEP)
                        .append("\" width=\"").append(CELL).append("\" height=\"").append(CELL)
                        .append("\" rx=\"2\" class=\"calendar-heatmap-day calendar-heatmap-l").append(level(count, max))
                        .append("\"><title>").append(BarChart.escape(labels.dayTitle().apply(day, count)))
                        .append("</title></rect>");
            }
        }
        Svg chart = new Svg(svg.append("</svg>").toString());
        chart.addClassName("calendar-heatmap-chart");
        // the box around the SVG, not the SVG, holds the size, so a box too narrow for it scrolls from the right
        chart.getStyle().set("min-width", Math.round(width * SMALLEST) + "px")
                .set("max-width", Math.round(width * 1.4) + "px");
        Div box = new Div(chart);
        box.addClassName("calendar-heatmap-box");

        Div legend = new Div(new Span(labels.less()));
        for (int level = 0; level <= LEVELS; level++) {
            Span square = new Span();
            square.addClassNames("calendar-heatmap-square", "calendar-heatmap-l" + level);
            legend.add(square);
        }
        legend.add(new Span(labels.more()));
        legend.addClassName("calendar-heatmap-legend");
        legend.getElement().setAttribute("aria-hidden", "true");

        Div calendar = new Div(box, legend);
        calendar.addClassName("calendar-heatmap");
        return calendar;
    }

    /** The Sunday that starts the first of {@code weeks} weeks ending with the week of {@code lastDay}. */
    public static LocalDate firstDay(LocalDate lastDay, int weeks) {
        return lastDay.minusDays(row(lastDay.getDayOfWeek())).minusWeeks(weeks - 1L);
    }

    /** A shade from 0 (no count) to {@value #LEVELS} (the most in the calendar). */
    static int level(int count, int max) {
        return count <= 0 || max <= 0 ? 0 : (int) Math.ceil((double) LEVELS * count / max);
    }

    private static int row(DayOfWeek weekday) {
        return weekday.getValue() % 7;   // Sunday 0, Saturday 6
    }

    /** The first of a month if it falls in the week starting on {@code sunday}. */
    private static LocalDate monthStartIn(LocalDate sunday) {
        for (int day = 0; day < 7; day++) {
            if (sunday.plusDays(day).getDayOfMonth() == 1) {
                return sunday.plusDays(day);
            }
        }
        return null;
    }
}
