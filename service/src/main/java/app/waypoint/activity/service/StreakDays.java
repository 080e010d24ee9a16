package app.waypoint.activity.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Set;

/**
 * The days a person was active and the days they froze. A streak counts consecutive active days ending today
 * (or yesterday, while today is still open); a frozen day bridges a gap without adding to the count.
 */
public record StreakDays(Set<LocalDate> active, Set<LocalDate> frozen) {

    public static final int FREEZES_PER_MONTH = 2;

    public int length(LocalDate today) {
        return lengthEndingOn(active.contains(today) ? today : today.minusDays(1));
    }

    /** Yesterday can be frozen when it was missed, the streak before it is alive, and a freeze is left. */
    public boolean canFreezeYesterday(LocalDate today) {
        LocalDate yesterday = today.minusDays(1);
        return !active.contains(yesterday) && !frozen.contains(yesterday)
                && lengthEndingOn(yesterday.minusDays(1)) > 0 && freezesLeft(yesterday) > 0;
    }

    /** The streak a freeze on yesterday would save: the days up to the day before yesterday. */
    public int atRisk(LocalDate today) {
        return canFreezeYesterday(today) ? lengthEndingOn(today.minusDays(2)) : 0;
    }

    /** Freezes still to spend in the month of {@code day}. */
    public int freezesLeft(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        return FREEZES_PER_MONTH - (int) frozen.stream().filter(frozenDay -> YearMonth.from(frozenDay).equals(month))
                .count();
    }

    /**
     * Several people's streak together: consecutive days on which every one of them studied, ending today (or
     * yesterday, while today is still open for someone). A day on which each either studied or froze bridges the
     * gap without adding to the count, as a freeze does for one person.
     */
    public static int together(Collection<StreakDays> people, LocalDate today) {
        if (people.isEmpty()) {
            return 0;
        }
        int streak = 0;
        for (LocalDate day = allStudied(people, today) ? today : today.minusDays(1); allKeptUp(people, day);
             day = day.minusDays(1)) {
            if (allStudied(people, day)) {
                streak++;
            }
        }
        return streak;
    }

    private static boolean allStudied(Collection<StreakDays> people, LocalDate day) {
        return people.stream().allMatch(person -> person.active.contains(day));
    }

    private static boolean allKeptUp(Collection<StreakDays> people, LocalDate day) {
        return people.stream().allMatch(person -> person.active.contains(day) || person.frozen.contains(day));
    }

    private int lengthEndingOn(LocalDate last) {
        int streak = 0;
        for (LocalDate day = last; active.contains(day) || frozen.contains(day); day = day.minusDays(1)) {
            if (active.contains(day)) {
                streak++;
            }
        }
        return streak;
    }
}
