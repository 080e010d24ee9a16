package app.waypoint.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;

/** A session someone signed in with, by the digest of its id; ended when it must not be used any more. */
@Entity
public class SignedInSession {

    /** A SHA-256 digest in hex. */
    public static final int KEY_LENGTH = 64;

    @Id
    @Column(length = KEY_LENGTH)
    private String sessionKey;

    private Long accountId;

    private Instant signedInAt;

    private boolean ended;

    protected SignedInSession() {
        // for JPA
    }

    public SignedInSession(String sessionKey, long accountId, Instant signedInAt) {
        this.sessionKey = sessionKey;
        this.accountId = accountId;
        this.signedInAt = signedInAt;
    }

    public String getSessionKey() {
        return sessionKey;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Instant getSignedInAt() {
        return signedInAt;
    }

    /** A session whose account was deleted is over too. */
    public boolean isEnded() {
        return ended || accountId == null;
    }
}
