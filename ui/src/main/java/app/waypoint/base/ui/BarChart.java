package app.waypoint.base.ui;

import com.vaadin.flow.component.Svg;

import java.util.List;
import java.util.Locale;

/**
 * A bar chart drawn on the server as SVG, from our own figures: one bar per value, the scale's top written at the
 * left, a label under every {@code labelEvery}-th bar. It scales to its container's width, so it reads on a
 * phone, and names itself for screen readers; every bar carries its label and value as a tooltip. Shares (from 0 to
 * 1) can be drawn as horizontal bars instead, one row each, against a marked goal; see {@link #shares}.
 */
public final class BarChart {

    private static final int WIDTH = 600;
    private static final int HEIGHT = 180;
    private static final int AXIS = 30;
    private static final int TOP = 22;

    private static final int ROW_WIDTH = 360;
    private static final int ROW_HEIGHT = 46;
    private static final int ROW_TOP = 22;

    private BarChart() {
    }

    /**
     * One horizontal bar of {@link #shares}: its label, the share from 0 to 1 (null when there is nothing to
     * show, and {@code value} then says why), and the value as written at the bar's right.
     */
    public record Share(String label, Double share, String value) {
    }

    /** {@code labels} and {@code values} go together, one bar each; {@code description} is what the chart shows. */
    public static Svg of(String description, List<String> labels, int[] values, int labelEvery) {
        if (labels.size() != values.length) {
            throw new IllegalArgumentException(labels.size() + " labels for " + values.length + " bars");
        }
        int max = 1;
        for (int value : values) {
            max = Math.max(max, value);
        }
        double slot = (double) (WIDTH - AXIS) / Math.max(1, values.length);
        double plot = HEIGHT - AXIS - TOP;
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(escape(description))
                .append("\" class=\"bar-chart\" preserveAspectRatio=\"xMidYMid meet\">")
                .append("<title>").append(escape(description)).append("</title>")
                .append("<text x=\"0\" y=\"").append(TOP).append("\" class=\"bar-chart-scale\">").append(max)
                .append("</text>")
                .append("<line x1=\"").append(AXIS).append("\" y1=\"").append(HEIGHT - AXIS).append("\" x2=\"")
                .append(WIDTH).append("\" y2=\"").append(HEIGHT - AXIS).append("\" class=\"bar-chart-axis\"/>");
        for (int i = 0; i < values.length; i++) {
            double height = plot * values[i] / max;
            double x = AXIS + i * slot + slot * 0.15;
            svg.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(HEIGHT - AXIS - height))
                    .append("\" width=\"").append(number(slot * 0.7)).append("\" height=\"").append(number(height))
                    .append("\" class=\"bar-chart-bar\"><title>").append(escape(labels.get(i))).append(": ")
                    .append(values[i]).append("</title></rect>");
            if (i % labelEvery == 0) {
                svg.append("<text x=\"").append(number(AXIS + i * slot + slot / 2)).append("\" y=\"")
                        .append(HEIGHT - 6).append("\" text-anchor=\"").append(i + 3 >= values.length ? "end" : "middle")
                        .append("\" class=\"bar-chart-label\">")
                        .append(escape(labels.get(i))).append("</text>");
            }
        }
        Svg chart = new Svg(svg.append("</svg>").toString());
        chart.addClassName("bar-chart-box");
        return chart;
    }

    /**
     * Horizontal bars on a 0–100 % scale, a row each (the label at the left above the bar, its value at the right),
     * and a dashed line across all rows at {@code goal}, named {@code goalLabel}.
     */
    public static Svg shares(String description, List<Share> rows, double goal, String goalLabel) {
        return shares(description, rows, Double.valueOf(goal), goalLabel);
    }

    /** Horizontal bars on a 0–100 % scale, a row each, without a goal. */
    public static Svg shares(String description, List<Share> rows) {
        return shares(description, rows, null, null);
    }

    private static Svg shares(String description, List<Share> rows, Double goal, String goalLabel) {
        int height = ROW_TOP + rows.size() * ROW_HEIGHT;
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(ROW_WIDTH).append(' ')
                .append(height).append("\" role=\"img\" aria-label=\"").append(escape(description))
                .append("\" class=\"bar-chart bar-chart-shares\" preserveAspectRatio=\"xMidYMid meet\">")
                .append("<title>").append(escape(description)).append("</title>");
        for (int i = 0; i < rows.size(); i++) {
            Share row = rows.get(i);
            int top = ROW_TOP + i * ROW_HEIGHT;
            svg.append("<g><title>").append(escape(row.label())).append(": ").append(escape(row.value()))
                    .append("</title>")
                    .append("<text x=\"0\" y=\"").append(top + 14).append("\" class=\"bar-chart-label\">")
                    .append(escape(row.label())).append("</text>")
                    .append("<text x=\"").append(ROW_WIDTH).append("\" y=\"").append(top + 14)
                    .append("\" text-anchor=\"end\" class=\"")
                    .append(row.share() == null ? "bar-chart-label" : "bar-chart-value").append("\">")
                    .append(escape(row.value())).append("</text>")
                    .append("<rect x=\"0\" y=\"").append(top + 20).append("\" width=\"").append(ROW_WIDTH)
                    .append("\" height=\"14\" rx=\"3\" class=\"bar-chart-track\"/>");
            if (row.share() != null) {
                double width = ROW_WIDTH * Math.clamp(row.share(), 0.0, 1.0);
                svg.append("<rect x=\"0\" y=\"").append(top + 20).append("\" width=\"").append(number(width))
                        .append("\" height=\"14\" rx=\"3\" class=\"")
                        .append(goal != null && row.share() < goal ? "bar-chart-bar bar-chart-below" : "bar-chart-bar")
                        .append("\"/>");
            }
            svg.append("</g>");
        }
        if (goal == null) {
            Svg chart = new Svg(svg.append("</svg>").toString());
            chart.addClassNames("bar-chart-box", "bar-chart-shares-box");
            return chart;
        }
        double x = ROW_WIDTH * Math.clamp(goal, 0.0, 1.0);
        for (int i = 0; i < rows.size(); i++) {
            // across each bar only, so it never runs through a label
            int top = ROW_TOP + i * ROW_HEIGHT;
            svg.append("<line x1=\"").append(number(x)).append("\" y1=\"").append(top + 17).append("\" x2=\"")
                    .append(number(x)).append("\" y2=\"").append(top + 37).append("\" class=\"bar-chart-goal\"/>");
        }
        svg.append("<path d=\"M").append(number(x - 4)).append(" 15 L").append(number(x + 4)).append(" 15 L")
                .append(number(x)).append(" 20 Z\" class=\"bar-chart-goal-mark\"/>")
                .append("<text x=\"").append(number(x)).append("\" y=\"12\" text-anchor=\"")
                .append(x > ROW_WIDTH * 0.7 ? "end" : "middle").append("\" class=\"bar-chart-goal-label\">")
                .append(escape(goalLabel)).append("</text>");
        Svg chart = new Svg(svg.append("</svg>").toString());
        chart.addClassNames("bar-chart-box", "bar-chart-shares-box");
        return chart;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
