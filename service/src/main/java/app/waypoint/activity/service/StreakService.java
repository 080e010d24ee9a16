package app.waypoint.activity.service;

import app.waypoint.account.service.AccountService;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.activity.domain.StreakFreeze;
import app.waypoint.activity.domain.StreakFreezeRepository;
import app.waypoint.base.service.NotAllowedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;

/** The person's own study streak, and spending a freeze on a missed day. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class StreakService {

    private final StreakLoader loader;
    private final StreakFreezeRepository freezes;
    private final CurrentUser currentUser;
    private final AccountService accounts;

    StreakService(StreakLoader loader, StreakFreezeRepository freezes, CurrentUser currentUser,
                  AccountService accounts) {
        this.loader = loader;
        this.freezes = freezes;
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public StreakView mine() {
        ZoneId zone = accounts.currentProfile().timeZone();
        return view(loader.daysOf(currentUser.id(), zone), loader.today(zone));
    }

    /**
     * The streak with the work done each day of the last {@value StreakLoader#LOOKBACK_DAYS} days, and the days
     * studied this week (from Monday) and last week; one statement.
     */
    @Transactional(readOnly = true)
    public ActivityStanding standing() {
        ZoneId zone = accounts.currentProfile().timeZone();
        LocalDate today = loader.today(zone);
        StreakLoader.ActivityLog log = loader.logOf(currentUser.id(), zone);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new ActivityStanding(today, view(log.days(), today), Map.copyOf(log.work()),
                studyDays(log.days(), monday, today), studyDays(log.days(), monday.minusWeeks(1), monday.minusDays(1)));
    }

    private static int studyDays(StreakDays days, LocalDate from, LocalDate to) {
        return (int) from.datesUntil(to.plusDays(1)).filter(days.active()::contains).count();
    }

    private static StreakView view(StreakDays days, LocalDate today) {
        return new StreakView(days.length(today), days.active().contains(today), days.freezesLeft(today),
                days.canFreezeYesterday(today), days.atRisk(today));
    }

    /** Spends a freeze on yesterday, when that keeps a live streak going and one is left this month. */
    public void freezeYesterday() {
        ZoneId zone = accounts.currentProfile().timeZone();
        LocalDate today = loader.today(zone);
        if (!loader.daysOf(currentUser.id(), zone).canFreezeYesterday(today)) {
            throw new NotAllowedException("streak.freeze.not-possible");
        }
        freezes.save(new StreakFreeze(currentUser.id(), today.minusDays(1)));
    }
}
