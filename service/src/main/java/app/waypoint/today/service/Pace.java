package app.waypoint.today.service;

import app.waypoint.roadmap.service.PlanProjection;

import java.time.LocalDate;

/**
 * The roadmap plan's projected finish against the target date ({@code weeksLate} is 0 when on track, null
 * without a plan or a target), and the days studied this week so far against last week.
 */
public record Pace(PlanProjection plan, LocalDate targetDate, Integer weeksLate, int studyDaysThisWeek,
                   int studyDaysLastWeek) {

    static Pace of(PlanProjection plan, LocalDate targetDate, int thisWeek, int lastWeek) {
        Integer weeksLate = null;
        if (plan != null && targetDate != null) {
            long daysLate = java.time.temporal.ChronoUnit.DAYS.between(targetDate, plan.finish());
            weeksLate = daysLate <= 0 ? 0 : (int) Math.ceil(daysLate / 7.0);
        }
        return new Pace(plan, targetDate, weeksLate, thisWeek, lastWeek);
    }
}
