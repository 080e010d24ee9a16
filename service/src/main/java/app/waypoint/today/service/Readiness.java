package app.waypoint.today.service;

import java.util.List;

/** Readiness toward the target role, 0 to 100, as the sum of its parts' points. */
public record Readiness(int total, List<PartScore> parts) {

    public static Readiness of(List<PartScore> parts) {
        double points = parts.stream().mapToDouble(PartScore::points).sum();
        return new Readiness((int) Math.floor(points + 1e-9), List.copyOf(parts));
    }

    public PartScore part(ReadinessPart part) {
        return parts.stream().filter(score -> score.part() == part).findFirst().orElseThrow();
    }
}
