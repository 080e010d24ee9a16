package app.waypoint.group.service;

import app.waypoint.group.domain.Attendance;
import app.waypoint.group.domain.FineSettlement;
import app.waypoint.group.domain.GroupHouseRule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The house-rule arithmetic: unexcused absences counted per calendar month, each month fined on its own beyond
 * the allowed absences, less what a member settled.
 */
final class SessionTallies {

    private SessionTallies() {
    }

    /** One member's absences (the days of the sessions they missed unexcused) and settlements. */
    static SessionsOverview.Tally of(long accountId, String name, List<LocalDate> absences,
                                     List<FineSettlement> settlements, GroupHouseRule rule, YearMonth thisMonth) {
        Map<YearMonth, Integer> perMonth = new HashMap<>();
        absences.forEach(day -> perMonth.merge(YearMonth.from(day), 1, Integer::sum));
        long fined = perMonth.values().stream().mapToLong(rule::fineFor).sum();
        long settled = settlements.stream().mapToLong(FineSettlement::getAmountWon).sum();
        return new SessionsOverview.Tally(accountId, name, perMonth.getOrDefault(thisMonth, 0), fined, settled);
    }

    static boolean unexcused(Attendance status) {
        return status == Attendance.ABSENT;
    }
}
