package app.waypoint.account.service;

import app.waypoint.account.domain.SecurityEvent;
import app.waypoint.account.domain.SecurityEventKind;
import app.waypoint.account.domain.SecurityEventRepository;
import app.waypoint.base.service.ClientAddress;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Appends to the security log, for the services that see the events. What happened is written in the caller's
 * transaction, so it is logged only if it took effect; a refusal or failure commits on its own, since the
 * refusal rolls back the caller's work but not its record. Callers pass no secrets; the detail is an id or a role.
 */
@Component
public class SecurityEvents {

    private final SecurityEventRepository events;
    private final Clock clock;
    /** The refusal last written, so that one refusal passing through nested services is written once. */
    private final ThreadLocal<Throwable> lastRefusal = new ThreadLocal<>();

    SecurityEvents(SecurityEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void record(SecurityEventKind kind, Long accountId, String detail) {
        events.save(new SecurityEvent(clock.instant(), kind, accountId, ClientAddress.current().orElse(null),
                detail));
    }

    /** An event about nobody in particular: no account, no address, no detail. */
    @Transactional
    public void recordWithoutPerson(SecurityEventKind kind) {
        events.save(new SecurityEvent(clock.instant(), kind, null, null, null));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(SecurityEventKind kind, Long accountId, String detail) {
        record(kind, accountId, detail);
    }

    /** A signed-in person asked for an id that is not theirs (or no longer exists). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(RuntimeException refusal, long accountId) {
        if (lastRefusal.get() == refusal) {
            return;
        }
        lastRefusal.set(refusal);
        record(SecurityEventKind.ACCESS_REFUSED, accountId, refusal.getMessage());
    }
}
