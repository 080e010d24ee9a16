package app.waypoint.application.service;

import java.util.List;

/**
 * What the stage history says about the pipeline: how many applications reached each stage, how many of those
 * that were sent got an answer (a move past the first sent stage, or a rejection), the median days spent in each
 * stage (completed stays only), and the same answer rate by source and by company type.
 */
public record ApplicationInsights(int applications, List<StageReach> funnel, Rate answered, List<StageTime> timeInStage,
                                  List<GroupRate> bySource, List<GroupRate> byCompanyType) {

    public record StageReach(String stage, int reached) {
    }

    public record StageTime(String stage, Double medianDays, int stays) {
    }

    /** {@code key}: a source or company type name, or null for applications without one. */
    public record GroupRate(String key, Rate rate) {
    }

    public record Rate(int answered, int sent) {

        public Double share() {
            return sent == 0 ? null : (double) answered / sent;
        }
    }
}
