package app.waypoint.base.ui;

import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * Progress bars with a name: a screen reader says what a bar measures instead of a bare "progress bar", and
 * accessibility audits require it.
 */
public final class ProgressBars {

    private ProgressBars() {
    }

    /** A bar from {@code min} to {@code max} at {@code value}, named by {@code name} (the figures beside it). */
    public static ProgressBar named(double min, double max, double value, String name) {
        ProgressBar bar = new ProgressBar(min, max, value);
        name(bar, name);
        return bar;
    }

    public static void name(ProgressBar bar, String name) {
        bar.getElement().setAttribute("aria-label", name);
    }
}
