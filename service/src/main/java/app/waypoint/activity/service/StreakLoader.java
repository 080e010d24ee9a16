package app.waypoint.activity.service;

import app.waypoint.account.domain.Account;
import app.waypoint.account.domain.AccountRepository;
import app.waypoint.activity.domain.ActivityEventRepository;
import app.waypoint.base.domain.ActivityKind;
import app.waypoint.base.service.SqlValues;
import app.waypoint.activity.domain.StreakFreeze;
import app.waypoint.activity.domain.StreakFreezeRepository;
import app.waypoint.interview.domain.CardReviewRepository;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads several people's active days (anything in the activity log, or a card review) and freezes, each in
 * their own time zone, in four statements however many people there are. Callers decide who may see whose.
 */
@Component
public class StreakLoader {

    /** Streaks longer than this show as this long: enough for a year of daily study. */
    static final int LOOKBACK_DAYS = 400;

    private final AccountRepository accounts;
    private final ActivityEventRepository events;
    private final CardReviewRepository reviews;
    private final StreakFreezeRepository freezes;
    private final Clock clock;

    StreakLoader(AccountRepository accounts, ActivityEventRepository events, CardReviewRepository reviews,
                 StreakFreezeRepository freezes, Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.reviews = reviews;
        this.freezes = freezes;
        this.clock = clock;
    }

    /** Each person's streak as of their own today. */
    public Map<Long, Integer> streaks(Collection<Long> accountIds) {
        Map<Long, Integer> lengths = new HashMap<>();
        Map<Long, ZoneId> zones = zones(accountIds);
        days(accountIds, zones).forEach((id, days) -> lengths.put(id, days.length(today(zones.get(id)))));
        return lengths;
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

    private Map<Long, ZoneId> zones(Collection<Long> accountIds) {
        return accounts.findAllById(accountIds).stream()
                .collect(Collectors.toMap(Account::getId, Account::getTimeZone, (a, b) -> a));
    }

    private Map<Long, StreakDays> days(Collection<Long> accountIds, Map<Long, ZoneId> zones) {
        Map<Long, StreakDays> days = accountIds.stream().distinct()
                .collect(Collectors.toMap(Function.identity(), id -> new StreakDays(new HashSet<>(), new HashSet<>())));
        if (accountIds.isEmpty()) {
            return days;
        }
        Instant since = clock.instant().minus(Duration.ofDays(LOOKBACK_DAYS));
        for (Object[] row : events.findMoments(accountIds, since)) {
            Long id = (Long) row[0];
            days.get(id).active().add(((Instant) row[1]).atZone(zones.getOrDefault(id, ZoneId.of("UTC"))).toLocalDate());
        }
        LocalDate sinceDay = LocalDate.now(clock).minusDays(LOOKBACK_DAYS);
        for (Object[] row : reviews.findReviewDays(accountIds, sinceDay)) {
            days.get((Long) row[0]).active().add((LocalDate) row[1]);
        }
        for (StreakFreeze freeze : freezes.findByAccountIdInAndDayGreaterThanEqual(accountIds, sinceDay)) {
            days.get(freeze.getAccountId()).frozen().add(freeze.getDay());
        }
        return days;
    }
}
