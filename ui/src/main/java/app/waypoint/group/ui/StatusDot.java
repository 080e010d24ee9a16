package app.waypoint.group.ui;

import app.waypoint.roadmap.domain.ProgressStatus;
import com.vaadin.flow.component.html.Span;

import java.util.Locale;

/**
 * A topic's status as a small mark that fits a phone's grid cell: hollow to do, half filled learning, filled done,
 * dashed skipped. Alone it says its status to screen readers; beside its written label it keeps quiet.
 */
final class StatusDot {

    private StatusDot() {
    }

    /** A mark that stands for {@code label} (e.g. "Minjun: Learning"). */
    static Span saying(ProgressStatus status, String label) {
        Span dot = of(status);
        dot.getElement().setAttribute("role", "img");
        dot.getElement().setAttribute("aria-label", label);
        dot.getElement().setAttribute("title", label);
        return dot;
    }

    /** A mark shown next to the status's own label. */
    static Span beside(ProgressStatus status) {
        Span dot = of(status);
        dot.getElement().setAttribute("aria-hidden", "true");
        return dot;
    }

    private static Span of(ProgressStatus status) {
        Span dot = new Span();
        dot.addClassNames("status-dot", "status-dot-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return dot;
    }
}
