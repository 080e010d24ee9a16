package app.waypoint.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;

/**
 * How many attempts one limited subject (a login name, a client address, ...) made in its current window, and
 * until when it is locked. Written only by {@link AttemptLimitRepository}'s atomic statements.
 */
@Entity
public class AttemptLimit {

    @Id
    @Column(length = 300)
    private String limitKey;

    private int attempts;

    private Instant windowStartedAt;

    private Instant lockedUntil;

    protected AttemptLimit() {
        // for JPA
    }

    public String getLimitKey() {
        return limitKey;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
