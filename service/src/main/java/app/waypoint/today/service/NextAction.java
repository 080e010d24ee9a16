package app.waypoint.today.service;

import app.waypoint.base.domain.LocalizedText;

/**
 * A suggested next step: about how many minutes it takes and how many readiness points it is expected to add.
 * {@code count} is how many items it covers (cards to review), {@code subject} what it is about (a topic, a
 * problem, a competency or component key; null when nothing in particular), and {@code target} where it is done
 * (a roadmap key, a problem or project id; null when the kind says it all).
 */
public record NextAction(ActionKind kind, ReadinessPart part, int minutes, double gain, int count,
                         LocalizedText subject, String target) {

    /** Points per minute: what the ranking compares. A first step ranks before everything else. */
    double value() {
        return kind.isFirstStep() ? Double.MAX_VALUE : gain / Math.max(1, minutes);
    }
}
