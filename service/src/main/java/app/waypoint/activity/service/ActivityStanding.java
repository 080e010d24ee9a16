package app.waypoint.activity.service;

import java.time.LocalDate;
import java.util.Map;

/**
 * A person's recent activity: their today, the streak, the work done each day (days without work are absent),
 * and the days they studied this week so far and last week.
 */
public record ActivityStanding(LocalDate today, StreakView streak, Map<LocalDate, Integer> workPerDay,
                               int studyDaysThisWeek, int studyDaysLastWeek) {
}
