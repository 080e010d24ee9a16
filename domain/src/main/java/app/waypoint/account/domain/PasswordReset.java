package app.waypoint.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Duration;
import java.time.Instant;

/** A one-time password-reset link an admin handed over; only the digest of its secret is kept. */
@Entity
public class PasswordReset {

    public static final Duration LIFETIME = Duration.ofHours(24);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long accountId;

    @Column(length = 64)
    private String secretHash;

    private Instant createdAt;

    private Instant expiresAt;

    private Instant usedAt;

    protected PasswordReset() {
        // for JPA
    }

    public PasswordReset(long accountId, String secretHash, Instant now) {
        this.accountId = accountId;
        this.secretHash = secretHash;
        this.createdAt = now;
        this.expiresAt = now.plus(LIFETIME);
    }

    /** Whether the link still works: not used, and less than a day old. */
    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        if (!isUsable(now)) {
            throw new IllegalStateException("A used or expired reset link");
        }
        usedAt = now;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
