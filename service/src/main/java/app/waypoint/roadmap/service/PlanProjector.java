package app.waypoint.roadmap.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Projects a plan from the guide's stage durations. The guide's months assume about
 * {@value #BASELINE_HOURS_PER_WEEK} hours of study a week; more hours shorten every stage in proportion.
 */
final class PlanProjector {

    static final int BASELINE_HOURS_PER_WEEK = 20;
    /** A stage without an estimate counts half a month per topic. */
    private static final double MONTHS_PER_UNESTIMATED_TOPIC = 0.5;
    private static final double DAYS_PER_MONTH = 365.25 / 12;

    private PlanProjector() {
    }

    /** What the projection needs of a stage: its estimate, its number of topics and the person's progress. */
    record StageEffort(String key, Integer minMonths, Integer maxMonths, int topics, Progress progress) {

        static StageEffort of(RoadmapOutline.Stage stage) {
            return new StageEffort(stage.key(), stage.minMonths(), stage.maxMonths(), stage.topics().size(),
                    stage.progress());
        }

        /** Hours of study one topic of this stage takes at the guide's pace. */
        double hoursPerTopic() {
            return topics == 0 ? 0 : months(this) * DAYS_PER_MONTH / 7 * BASELINE_HOURS_PER_WEEK / topics;
        }
    }

    static PlanProjection project(LocalDate start, int hoursPerWeek, long version, List<RoadmapOutline.Stage> stages,
                                  LocalDate today) {
        return projectEfforts(start, hoursPerWeek, version, stages.stream().map(StageEffort::of).toList(), today);
    }

    static PlanProjection projectEfforts(LocalDate start, int hoursPerWeek, long version, List<StageEffort> stages,
                                         LocalDate today) {
        double scale = (double) BASELINE_HOURS_PER_WEEK / hoursPerWeek;
        List<Double> stageDays = stages.stream().map(stage -> months(stage) * DAYS_PER_MONTH * scale).toList();
        double totalDays = stageDays.stream().mapToDouble(Double::doubleValue).sum();

        List<PlanProjection.StageFinish> finishes = new ArrayList<>();
        double elapsed = 0;
        double actualDays = 0;
        for (int i = 0; i < stages.size(); i++) {
            elapsed += stageDays.get(i);
            finishes.add(new PlanProjection.StageFinish(stages.get(i).key(), start.plusDays(Math.round(elapsed))));
            actualDays += stageDays.get(i) * stages.get(i).progress().fraction();
        }
        LocalDate finish = start.plusDays(Math.round(totalDays));
        long daysSinceStart = ChronoUnit.DAYS.between(start, today);
        if (daysSinceStart < 0) {
            return new PlanProjection(start, hoursPerWeek, finishes, finish, PlanProjection.Pace.NOT_STARTED_YET, 0,
                    version);
        }
        double expectedDays = Math.min(daysSinceStart, totalDays);
        int weeksAhead = (int) Math.round((actualDays - expectedDays) / 7);
        PlanProjection.Pace pace = weeksAhead >= 1 ? PlanProjection.Pace.AHEAD
                : weeksAhead <= -1 ? PlanProjection.Pace.BEHIND : PlanProjection.Pace.ON_TRACK;
        return new PlanProjection(start, hoursPerWeek, finishes, finish, pace, weeksAhead, version);
    }

    private static double months(StageEffort stage) {
        if (stage.minMonths() != null && stage.maxMonths() != null) {
            return (stage.minMonths() + stage.maxMonths()) / 2.0;
        }
        return stage.topics() * MONTHS_PER_UNESTIMATED_TOPIC;
    }
}
