package app.waypoint.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Duration;
import java.time.Instant;

/** A sign-up link an admin issued while registration is invite-only; it opens one account within a week. */
@Entity
public class SignUpInvite {

    public static final Duration LIFETIME = Duration.ofDays(7);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 64)
    private String secretHash;

    private Long issuedBy;

    private Instant createdAt;

    private Instant expiresAt;

    private Instant usedAt;

    private Long usedBy;

    protected SignUpInvite() {
        // for JPA
    }

    public SignUpInvite(String secretHash, long issuedBy, Instant now) {
        this.secretHash = secretHash;
        this.issuedBy = issuedBy;
        this.createdAt = now;
        this.expiresAt = now.plus(LIFETIME);
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(long accountId, Instant now) {
        if (!isUsable(now)) {
            throw new IllegalStateException("A used or expired sign-up link");
        }
        usedAt = now;
        usedBy = accountId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
