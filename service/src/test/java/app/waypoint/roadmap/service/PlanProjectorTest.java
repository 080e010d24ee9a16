package app.waypoint.roadmap.service;

import app.waypoint.base.domain.LocalizedText;
import app.waypoint.roadmap.service.PlanProjection.Pace;
import app.waypoint.roadmap.service.PlanProjection.StageFinish;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guide's stage lengths assume 20 hours a week; a month is 365.25 / 12 = 30.4375 days. The built-in
 * roadmap's stages take 2–3, 3–4, 4–5 and 3–4 months, that is 2.5, 3.5, 4.5 and 3.5 months on average.
 */
class PlanProjectorTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final double DAYS_PER_MONTH = 365.25 / 12;

    @Test
    void atTwentyHoursAWeekAStageOfTwoToThreeMonthsLastsTwoAndAHalfMonths() {
        PlanProjection plan = PlanProjector.project(START, 20, 0, List.of(stage("only", 2, 3, Progress.NONE, 4)), START);

        long days = Math.round(2.5 * DAYS_PER_MONTH);   // 76.09 days
        assertThat(days).isEqualTo(76);
        assertThat(plan.stages()).containsExactly(new StageFinish("only", START.plusDays(days)));
        assertThat(plan.finish()).isEqualTo(LocalDate.of(2026, 5, 17));
    }

    @Test
    void stageFinishesAddUpInOrderAndTheLastOneIsTheRoadmapsFinish() {
        PlanProjection plan = PlanProjector.project(START, 20, 7, builtInShape(), START);

        // 76.09, 182.63, 319.59 and 426.13 days after the start
        assertThat(plan.stages()).containsExactly(
                new StageFinish("foundations", LocalDate.of(2026, 5, 17)),
                new StageFinish("ai-ml-basics", LocalDate.of(2026, 9, 1)),
                new StageFinish("practical-skills", LocalDate.of(2027, 1, 16)),
                new StageFinish("projects-portfolio", LocalDate.of(2027, 5, 2)));
        assertThat(plan.finish()).isEqualTo(START.plusDays(Math.round(14 * DAYS_PER_MONTH)))
                .isEqualTo(LocalDate.of(2027, 5, 2));
        assertThat(plan.startDate()).isEqualTo(START);
        assertThat(plan.hoursPerWeek()).isEqualTo(20);
        assertThat(plan.version()).isEqualTo(7);
    }

    @Test
    void fortyHoursAWeekTakeHalfAsLong() {
        PlanProjection plan = PlanProjector.project(START, 40, 0, builtInShape(), START);

        // 38.05, 91.31, 159.80 and 213.06 days after the start
        assertThat(plan.stages()).containsExactly(
                new StageFinish("foundations", START.plusDays(38)),
                new StageFinish("ai-ml-basics", START.plusDays(91)),
                new StageFinish("practical-skills", START.plusDays(160)),
                new StageFinish("projects-portfolio", START.plusDays(213)));
        assertThat(plan.finish()).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void tenHoursAWeekTakeTwiceAsLong() {
        PlanProjection plan = PlanProjector.project(START, 10, 0, builtInShape(), START);

        assertThat(plan.finish()).isEqualTo(START.plusDays(Math.round(28 * DAYS_PER_MONTH)));   // 852.25 days
    }

    @Test
    void beforeTheStartDateThePlanHasNotStartedYet() {
        PlanProjection plan = PlanProjector.project(START, 20, 0, builtInShape(), START.minusDays(1));

        assertThat(plan.pace()).isEqualTo(Pace.NOT_STARTED_YET);
        assertThat(plan.weeksAhead()).isZero();
        assertThat(plan.finish()).isEqualTo(LocalDate.of(2027, 5, 2));
    }

    @Test
    void onTheStartDayWithNothingDoneThePlanIsOnTrack() {
        PlanProjection plan = PlanProjector.project(START, 20, 0, builtInShape(), START);

        assertThat(plan.pace()).isEqualTo(Pace.ON_TRACK);
        assertThat(plan.weeksAhead()).isZero();
    }

    @Test
    void progressAheadOfScheduleIsAhead() {
        // a month in, the whole first stage (76.09 days of work) is done: 45 days, about 6 weeks, ahead
        List<RoadmapOutline.Stage> stages = builtInShape(new Progress(4, 4, 4), Progress.NONE);
        PlanProjection plan = PlanProjector.project(START, 20, 0, stages, START.plusDays(31));

        assertThat(plan.pace()).isEqualTo(Pace.AHEAD);
        assertThat(plan.weeksAhead()).isPositive().isEqualTo(6);
    }

    @Test
    void nothingDoneWeeksAfterTheStartIsBehind() {
        PlanProjection plan = PlanProjector.project(START, 20, 0, builtInShape(), START.plusWeeks(6));

        assertThat(plan.pace()).isEqualTo(Pace.BEHIND);
        assertThat(plan.weeksAhead()).isEqualTo(-6);
    }

    @Test
    void progressThatMatchesTheCalendarIsOnTrack() {
        // half of the first stage (38.05 days of work) done 38 days in
        List<RoadmapOutline.Stage> stages = builtInShape(new Progress(2, 4, 4), Progress.NONE);
        PlanProjection plan = PlanProjector.project(START, 20, 0, stages, START.plusDays(38));

        assertThat(plan.pace()).isEqualTo(Pace.ON_TRACK);
        assertThat(plan.weeksAhead()).isZero();
    }

    @Test
    void theScheduleStopsAtTheProjectedFinish() {
        LocalDate longAfter = START.plusYears(5);

        PlanProjection finished = PlanProjector.project(START, 20, 0,
                builtInShape(new Progress(4, 4, 4), new Progress(4, 4, 4)), longAfter);
        assertThat(finished.pace()).isEqualTo(Pace.ON_TRACK);
        assertThat(finished.weeksAhead()).isZero();

        // nothing done: behind by the whole plan (426.13 days, 61 weeks), not by five years
        PlanProjection idle = PlanProjector.project(START, 20, 0, builtInShape(), longAfter);
        assertThat(idle.pace()).isEqualTo(Pace.BEHIND);
        assertThat(idle.weeksAhead()).isEqualTo(-61);
    }

    @Test
    void aStageWithoutAnEstimateCountsHalfAMonthPerTopic() {
        PlanProjection plan = PlanProjector.project(START, 20, 0,
                List.of(stage("estimated", 2, 3, Progress.NONE, 4), stage("open", null, null, Progress.NONE, 3)),
                START);

        // 2.5 months, then 3 × 0.5 = 1.5 months: 76.09 and 121.75 days after the start
        assertThat(plan.stages()).containsExactly(
                new StageFinish("estimated", START.plusDays(76)),
                new StageFinish("open", START.plusDays(Math.round(4 * DAYS_PER_MONTH))));
        assertThat(plan.finish()).isEqualTo(START.plusDays(122));
    }

    @Test
    void anEmptyStageWithoutAnEstimateTakesNoTime() {
        PlanProjection plan = PlanProjector.project(START, 20, 0,
                List.of(stage("empty", null, null, Progress.NONE, 0), stage("after", 1, 1, Progress.NONE, 1)), START);

        assertThat(plan.stages()).containsExactly(
                new StageFinish("empty", START),
                new StageFinish("after", START.plusDays(30)));
    }

    /** The built-in roadmap's four stage estimates, each stage with four topics. */
    private static List<RoadmapOutline.Stage> builtInShape() {
        return builtInShape(Progress.NONE, Progress.NONE);
    }

    private static List<RoadmapOutline.Stage> builtInShape(Progress first, Progress others) {
        return List.of(
                stage("foundations", 2, 3, first, 4),
                stage("ai-ml-basics", 3, 4, others, 4),
                stage("practical-skills", 4, 5, others, 4),
                stage("projects-portfolio", 3, 4, others, 4));
    }

    private static RoadmapOutline.Stage stage(String key, Integer minMonths, Integer maxMonths, Progress progress,
                                              int topicCount) {
        List<RoadmapOutline.Topic> topics = IntStream.range(0, topicCount)
                .mapToObj(i -> new RoadmapOutline.Topic(i, key + "-topic-" + i, text(key + " " + i), null,
                        NodeState.UNTOUCHED, List.of(), List.of(), List.of()))
                .toList();
        return new RoadmapOutline.Stage(key.hashCode(), key, text(key), minMonths, maxMonths, progress, topics);
    }

    private static LocalizedText text(String text) {
        return new LocalizedText(text, text);
    }
}
