package app.waypoint.roadmap.service;

import app.waypoint.base.domain.LocalizedText;

/**
 * Where a person stands on the roadmap they follow: plain progress, progress weighted by the demand of the
 * topics' skills ({@code weightedDone} out of {@code weightCounted}), the topic to work on next, and the plan's
 * projection (null without a plan). {@code started} once they have a plan or touched a topic.
 */
public record RoadmapStanding(String roadmapKey, LocalizedText roadmapTitle, Progress progress, int weightedDone,
                              int weightCounted, NextTopic next, PlanProjection plan, boolean started) {

    /** A roadmap-less instance (no built-in content loaded) stands nowhere. */
    public static final RoadmapStanding NONE = new RoadmapStanding(null, null, Progress.NONE, 0, 0, null, null, false);

    /** Demand-weighted progress from 0 to 1; a roadmap whose topics were all skipped is complete. */
    public double weightedFraction() {
        if (weightCounted == 0) {
            return progress.total() == 0 ? 0 : 1;
        }
        return (double) weightedDone / weightCounted;
    }

    /**
     * The topic in progress (the first one), else the first one not started: its demand weight and the hours
     * of study it takes at the guide's pace.
     */
    public record NextTopic(long id, LocalizedText title, boolean inProgress, int weight, double hours) {
    }
}
