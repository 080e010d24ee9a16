package app.waypoint.account.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Duration;
import java.time.Instant;

/**
 * Failed logins for one login name. Five failures within fifteen minutes lock the name for fifteen minutes;
 * a successful login forgets the failures.
 */
@Entity
public class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);

    @Id
    private String loginName;

    private int failures;

    private Instant windowStartedAt;

    private Instant lockedUntil;

    protected LoginThrottle() {
        // for JPA
    }

    public LoginThrottle(String loginName, Instant now) {
        this.loginName = loginName;
        this.windowStartedAt = now;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public void recordFailure(Instant now) {
        if (!now.isBefore(windowStartedAt.plus(WINDOW))) {
            failures = 0;
            windowStartedAt = now;
        }
        failures++;
        if (failures >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK);
            failures = 0;
            windowStartedAt = now;
        }
    }

    public String getLoginName() {
        return loginName;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
