package app.waypoint.base.ui;

import com.vaadin.flow.component.Svg;

import java.util.List;
import java.util.Locale;

/**
 * A bar chart drawn on the server as SVG, from our own figures: one bar per value, the scale's top written at the
 * left, a label under every {@code labelEvery}-th bar. It scales to its container's width, so it reads on a
 * phone, and names itself for screen readers; every bar carries its label and value as a tooltip.
 */
public final class BarChart {

    private static final int WIDTH = 600;
    private static final int HEIGHT = 180;
    private static final int AXIS = 30;
    private static final int TOP = 22;

    private BarChart() {
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
                        .append(HEIGHT - 6).append("\" text-anchor=\"middle\" class=\"bar-chart-label\">")
                        .append(escape(labels.get(i))).append("</text>");
            }
        }
        Svg chart = new Svg(svg.append("</svg>").toString());
        chart.addClassName("bar-chart-box");
        return chart;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
