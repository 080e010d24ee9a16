package app.waypoint.interview.service;

import app.waypoint.account.service.AccountService;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.interview.domain.CardPhase;
import app.waypoint.interview.domain.CardReviewRepository;
import app.waypoint.interview.domain.QuestionCategory;
import app.waypoint.interview.domain.ReviewGrade;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The signed-in person's review statistics, counted in the database: true retention by category and reviews a
 * day, in a fixed number of statements whatever the number of reviews.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ReviewStatsService {

    /** True retention counts the reviews of this many days, today included. */
    public static final int RETENTION_DAYS = 30;

    /** The review calendar covers this many weeks, Sunday to Saturday, the current week last. */
    public static final int CALENDAR_WEEKS = 26;

    private final CardReviewRepository reviews;
    private final ReviewSettingsService settings;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final Clock clock;

    ReviewStatsService(CardReviewRepository reviews, ReviewSettingsService settings, CurrentUser currentUser,
                       AccountService accounts, Clock clock) {
        this.reviews = reviews;
        this.settings = settings;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
    }

    public ReviewStats mine() {
        long me = currentUser.id();
        LocalDate today = LocalDate.now(clock.withZone(accounts.currentProfile().timeZone()));
        double desired = settings.mine().desiredRetention();

        Map<QuestionCategory, int[]> counts = new EnumMap<>(QuestionCategory.class);
        for (Object[] row : reviews.countByCategoryAndGrade(me, CardPhase.REVIEW,
                today.minusDays(RETENTION_DAYS - 1L), today)) {
            int[] tally = counts.computeIfAbsent((QuestionCategory) row[0], category -> new int[2]);
            int count = ((Number) row[2]).intValue();
            tally[0] += count;
            if (row[1] != ReviewGrade.AGAIN) {
                tally[1] += count;
            }
        }
        List<CategoryRetention> byCategory = new ArrayList<>();
        int all = 0;
        int recalled = 0;
        for (QuestionCategory category : QuestionCategory.values()) {
            int[] tally = counts.getOrDefault(category, new int[2]);
            byCategory.add(new CategoryRetention(category, tally[0], tally[1]));
            all += tally[0];
            recalled += tally[1];
        }

        Map<LocalDate, Integer> perDay = new HashMap<>();
        for (Object[] row : reviews.countByDay(me, calendarStart(today), today)) {
            perDay.put((LocalDate) row[0], ((Number) row[1]).intValue());
        }
        boolean any = !perDay.isEmpty() || reviews.existsByOwnerId(me);
        return new ReviewStats(today, desired, byCategory, new CategoryRetention(null, all, recalled), perDay, any);
    }

    /** The Sunday that starts the calendar's first week. */
    static LocalDate calendarStart(LocalDate today) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)).minusWeeks(CALENDAR_WEEKS - 1L);
    }
}
