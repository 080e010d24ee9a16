package app.waypoint.roadmap.service;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a plan leads: the projected finish of each stage and of the roadmap, and how the person's progress
 * compares with where the plan expected them today ({@code weeksAhead} is negative when behind).
 */
public record PlanProjection(LocalDate startDate, int hoursPerWeek, List<StageFinish> stages, LocalDate finish,
                             Pace pace, int weeksAhead, long version) {

    public enum Pace { NOT_STARTED_YET, AHEAD, ON_TRACK, BEHIND }

    public record StageFinish(String stageKey, LocalDate finish) {
    }
}
