package app.waypoint.account.service;

import app.waypoint.base.domain.ClusterJobs;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * The scheduled clean-up, once per cluster: every instance's scheduler fires, and the one that claims the turn
 * deletes the accounts whose deletion is due and forgets sessions older than any session may be.
 */
@Component
class Housekeeping {

    static final String JOB = "housekeeping";
    /** Shorter than the five minutes between turns, so instances whose clocks differ a little still share each. */
    static final Duration TURN = Duration.ofMinutes(4);

    private final ClusterJobs jobs;
    private final AccountPurge purge;
    private final StoredSessionRegistry sessions;
    private final Duration sessionLifetime;
    private final Clock clock;

    Housekeeping(ClusterJobs jobs, AccountPurge purge, StoredSessionRegistry sessions,
                 @Value("${waypoint.session.lifetime:12h}") Duration sessionLifetime, Clock clock) {
        this.jobs = jobs;
        this.purge = purge;
        this.sessions = sessions;
        this.sessionLifetime = sessionLifetime;
        this.clock = clock;
    }

    /** Every five minutes by default; {@code waypoint.account.purge-cron=-} switches it off (as tests do). */
    @Scheduled(cron = "${waypoint.account.purge-cron:0 */5 * * * *}")
    void onSchedule() {
        runIfMyTurn();
    }

    /** Runs the clean-up if no instance did within the turn; returns whether this one did. */
    boolean runIfMyTurn() {
        if (!jobs.claim(JOB, clock.instant(), TURN)) {
            return false;
        }
        purge.purgeDue();
        sessions.forgetOlderThan(sessionLifetime);
        return true;
    }
}
