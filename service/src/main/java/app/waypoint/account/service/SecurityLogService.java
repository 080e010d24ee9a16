package app.waypoint.account.service;

import app.waypoint.account.domain.SecurityEvent;
import app.waypoint.account.domain.SecurityEventKind;
import app.waypoint.account.domain.SecurityEventRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Reading the security log: a person their own sign-ins, an admin everything. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class SecurityLogService {

    public static final int MY_SIGN_INS = 20;
    public static final int MAX_PAGE = 200;
    private static final Set<SecurityEventKind> SIGN_INS = EnumSet.of(SecurityEventKind.SIGN_IN,
            SecurityEventKind.SIGN_IN_FAILED, SecurityEventKind.LOCKED_OUT);

    private final SecurityEventRepository events;
    private final SecurityEvents log;
    private final CurrentUser currentUser;

    SecurityLogService(SecurityEventRepository events, SecurityEvents log, CurrentUser currentUser) {
        this.events = events;
        this.log = log;
        this.currentUser = currentUser;
    }

    /** The person's recent sign-ins and failed attempts at their account, newest first. */
    public List<SecurityEntry> mySignIns() {
        return events.findByAccountIdAndKindInOrderByOccurredAtDescIdDesc(currentUser.id(), SIGN_INS,
                PageRequest.of(0, MY_SIGN_INS)).stream().map(SecurityLogService::entry).toList();
    }

    /** The newest events, of some kinds only (all when empty) and one account only (any when null). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<SecurityEntry> recent(Set<SecurityEventKind> kinds, Long accountId, int limit) {
        Set<SecurityEventKind> shown = kinds == null || kinds.isEmpty() ? EnumSet.allOf(SecurityEventKind.class)
                : kinds;
        return events.findRecent(accountId, shown, PageRequest.of(0, Math.clamp(limit, 1, MAX_PAGE))).stream()
                .map(SecurityLogService::entry).toList();
    }

    /** Signing out is seen by the web layer only; it reports it here while the person is still signed in. */
    @Transactional
    public void signedOut() {
        log.record(SecurityEventKind.SIGN_OUT, currentUser.id(), null);
    }

    private static SecurityEntry entry(SecurityEvent event) {
        return new SecurityEntry(event.getId(), event.getOccurredAt(), event.getKind(), event.getAccountId(),
                event.getClientAddress(), event.getDetail());
    }
}
