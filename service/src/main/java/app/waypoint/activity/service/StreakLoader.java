package app.waypoint.activity.service;

import app.waypoint.activity.domain.ActivityEventRepository;
import app.waypoint.base.domain.ActivityKind;
import app.waypoint.base.service.SqlValues;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads several people's active days (anything in the activity log, or a card review) and freezes, each in
 * their own time zone, in one statement however many people there are. Callers decide who may see whose.
 */
@Component
public class StreakLoader {

    /** Streaks longer than this show as this long: enough for a year of daily study. */
    static final int LOOKBACK_DAYS = 400;

    private final ActivityEventRepository events;
    private final Clock clock;

    StreakLoader(ActivityEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Each person's streak as of their own today. */
    public Map<Long, Integer> streaks(Collection<Long> accountIds) {
        return together(accountIds).each();
    }

    /**
     * Each person's streak as of their own today, and their streak together ({@link StreakDays#together}) as of the
     * earliest of their todays, so that no one's day still to come decides it; in one statement.
     */
    public TogetherStreaks together(Collection<Long> accountIds) {
        Map<Long, ZoneId> zones = new HashMap<>();
        Map<Long, StreakDays> days = days(accountIds, zones);
        Map<Long, Integer> lengths = new HashMap<>();
        days.forEach((id, person) -> lengths.put(id, person.length(today(zones.get(id)))));
        LocalDate today = days.keySet().stream().map(id -> today(zones.get(id))).min(LocalDate::compareTo)
                .orElse(LocalDate.now(clock));
        return new TogetherStreaks(lengths, StreakDays.together(days.values(), today));
    }

    /** Each person's streak by account id, and the days they kept up all together. */
    public record TogetherStreaks(Map<Long, Integer> each, int together) {
    }

    StreakDays daysOf(long accountId, ZoneId zone) {
        return logOf(accountId, zone).days();
    }

    /**
     * One person's log in their time zone, in one statement: active and frozen days, and per day the work done
     * (topics finished, problems solved, milestones reached, cards reviewed; joining a group keeps a streak but
     * is not work).
     */
    ActivityLog logOf(long accountId, ZoneId zone) {
        StreakDays days = new StreakDays(new HashSet<>(), new HashSet<>());
        Map<LocalDate, Integer> work = new HashMap<>();
        Instant since = clock.instant().minus(Duration.ofDays(LOOKBACK_DAYS));
        for (Object[] row : events.findLog(accountId, since, LocalDate.now(clock).minusDays(LOOKBACK_DAYS))) {
            switch ((String) row[0]) {
                case "EVENT" -> {
                    LocalDate day = SqlValues.instant(row[2]).atZone(zone).toLocalDate();
                    days.active().add(day);
                    if (ActivityKind.valueOf((String) row[1]) != ActivityKind.MEMBER_JOINED) {
                        work.merge(day, 1, Integer::sum);
                    }
                }
                case "REVIEW" -> {
                    LocalDate day = SqlValues.localDate(row[3]);
                    days.active().add(day);
                    work.merge(day, ((Number) row[4]).intValue(), Integer::sum);
                }
                default -> days.frozen().add(SqlValues.localDate(row[3]));
            }
        }
        return new ActivityLog(days, work);
    }

    record ActivityLog(StreakDays days, Map<LocalDate, Integer> work) {
    }

    LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    private Map<Long, StreakDays> days(Collection<Long> accountIds, Map<Long, ZoneId> zones) {
        Map<Long, StreakDays> days = accountIds.stream().distinct()
                .collect(Collectors.toMap(Function.identity(), id -> new StreakDays(new HashSet<>(), new HashSet<>())));
        if (accountIds.isEmpty()) {
            return days;
        }
        List<Object[]> rows = events.findStreakDays(accountIds, clock.instant().minus(Duration.ofDays(LOOKBACK_DAYS)),
                LocalDate.now(clock).minusDays(LOOKBACK_DAYS));
        for (Object[] row : rows) {
            if (row[0].equals("ZONE")) {
                zones.put(((Number) row[1]).longValue(), ZoneId.of((String) row[4]));
            }
        }
        for (Object[] row : rows) {
            StreakDays person = days.get(((Number) row[1]).longValue());
            switch ((String) row[0]) {
                case "EVENT" -> person.active().add(SqlValues.instant(row[2])
                        .atZone(zones.getOrDefault(((Number) row[1]).longValue(), ZoneOffset.UTC)).toLocalDate());
                case "REVIEW" -> person.active().add(SqlValues.localDate(row[3]));
                case "FREEZE" -> person.frozen().add(SqlValues.localDate(row[3]));
                default -> {
                }
            }
        }
        return days;
    }
}
