package app.waypoint.roadmap.service;

import app.waypoint.roadmap.domain.ProgressStatus;

import java.util.Collection;

/**
 * Topics done out of topics that count. Skipped topics leave the count: skipping is a decision, not a gap.
 * A stage whose topics were all skipped is complete; an empty one is at zero.
 */
public record Progress(int done, int counted, int total) {

    public static final Progress NONE = new Progress(0, 0, 0);

    public static Progress of(Collection<ProgressStatus> topicStatuses) {
        int done = 0;
        int skipped = 0;
        for (ProgressStatus status : topicStatuses) {
            if (status == ProgressStatus.DONE) {
                done++;
            } else if (status == ProgressStatus.SKIPPED) {
                skipped++;
            }
        }
        return new Progress(done, topicStatuses.size() - skipped, topicStatuses.size());
    }

    public Progress plus(Progress other) {
        return new Progress(done + other.done, counted + other.counted, total + other.total);
    }

    /** Whole percent, rounded down so that 100 % means really finished. */
    public int percent() {
        if (counted == 0) {
            return total == 0 ? 0 : 100;
        }
        return (int) (100L * done / counted);
    }

    /** The same as a fraction from 0 to 1. */
    public double fraction() {
        return percent() / 100.0;
    }
}
