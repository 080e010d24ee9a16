package app.waypoint.today.service;

import java.util.List;

/**
 * How far one part of readiness has come, from 0 to 1, and the figures that explain it (which figures, in
 * which order, is documented on {@link ReadinessCalculator}'s method for the part).
 */
public record PartScore(ReadinessPart part, double fraction, List<Integer> figures) {

    /** The points this part adds to readiness, out of its weight. */
    public double points() {
        return part.weight() * fraction;
    }
}
