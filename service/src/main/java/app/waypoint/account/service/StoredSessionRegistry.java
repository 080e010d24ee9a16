package app.waypoint.account.service;

import app.waypoint.account.domain.SignedInSession;
import app.waypoint.account.domain.SignedInSessionRepository;
import org.springframework.context.ApplicationListener;
import org.springframework.security.core.session.AbstractSessionEvent;
import org.springframework.security.core.session.SessionDestroyedEvent;
import org.springframework.security.core.session.SessionIdChangedEvent;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

/**
 * The signed-in sessions of every app instance, kept in the database: ending one (a password change, a disabled
 * account) is seen by the instance that holds it at that session's next request, which Spring Security's session
 * filter asks about. Sessions are known by a digest of their id, and the {@link SessionInformation} handed out names
 * that digest as its id. Nothing is cached, so an instance never acts on what another one changed since.
 */
class StoredSessionRegistry implements SessionRegistry, ApplicationListener<AbstractSessionEvent> {

    private final SignedInSessionRepository sessions;
    private final Clock clock;

    StoredSessionRegistry(SignedInSessionRepository sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public List<Object> getAllPrincipals() {
        return List.copyOf(sessions.findSignedInAccounts());
    }

    /** {@code principal} is a signed-in account or an account id, as {@link #getAllPrincipals()} gives them. */
    @Override
    public List<SessionInformation> getAllSessions(Object principal, boolean includeExpiredSessions) {
        return sessions.findByAccountId(accountIdOf(principal)).stream()
                .filter(session -> includeExpiredSessions || !session.isEnded())
                .map(session -> (SessionInformation) new Stored(principal, session))
                .toList();
    }

    @Override
    public SessionInformation getSessionInformation(String sessionId) {
        return sessions.findById(keyOf(sessionId)).map(session -> (SessionInformation)
                new Stored(session.getAccountId() == null ? "deleted" : session.getAccountId(), session)).orElse(null);
    }

    /** The time of each request is not kept: it would cost a write per request and nothing reads it. */
    @Override
    public void refreshLastRequest(String sessionId) {
        // nothing to keep
    }

    @Override
    public void registerNewSession(String sessionId, Object principal) {
        sessions.save(new SignedInSession(keyOf(sessionId), accountIdOf(principal), clock.instant()));
    }

    @Override
    public void removeSessionInformation(String sessionId) {
        sessions.forget(keyOf(sessionId));
    }

    /** A session that ends is forgotten; one whose id changes keeps its place under the new id. */
    @Override
    public void onApplicationEvent(AbstractSessionEvent event) {
        if (event instanceof SessionDestroyedEvent destroyed) {
            removeSessionInformation(destroyed.getId());
        } else if (event instanceof SessionIdChangedEvent changed) {
            sessions.findById(keyOf(changed.getOldSessionId())).filter(session -> !session.isEnded())
                    .ifPresent(session -> {
                        sessions.forget(session.getSessionKey());
                        registerNewSession(changed.getNewSessionId(), session.getAccountId());
                    });
        }
    }

    /** Forgets the sessions signed in longer ago than any session may last. */
    int forgetOlderThan(Duration lifetime) {
        return sessions.forgetSignedInBefore(clock.instant().minus(lifetime));
    }

    private static long accountIdOf(Object principal) {
        return switch (principal) {
            case SignedInAccount account -> account.accountId();
            case Long accountId -> accountId;
            default -> throw new IllegalArgumentException("Not a signed-in account: " + principal.getClass());
        };
    }

    private static String keyOf(String sessionId) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(sessionId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JDK has SHA-256", impossible);
        }
    }

    /** A stored session; ending it ends it for every instance. */
    private final class Stored extends SessionInformation {

        Stored(Object principal, SignedInSession session) {
            super(principal, session.getSessionKey(), Date.from(session.getSignedInAt()));
            if (session.isEnded()) {
                super.expireNow();
            }
        }

        @Override
        public void expireNow() {
            super.expireNow();
            sessions.end(getSessionId());
        }
    }
}
