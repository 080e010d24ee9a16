package app.waypoint.account.service;

import app.waypoint.account.domain.Account;
import app.waypoint.account.domain.AccountRepository;
import app.waypoint.account.domain.SecurityEventKind;
import app.waypoint.base.service.OwnedGroup;
import app.waypoint.base.service.OwnedGroups;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A person deleting their own account: asked for with the current password, carried out {@link #WAIT} later by
 * {@link AccountPurge}, cancelled by the person in settings or by signing in before then. Study groups the person
 * owns must be handed over or deleted first.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class AccountDeletionService {

    /** How long a requested deletion waits, during which the account keeps working. */
    public static final Duration WAIT = Duration.ofDays(7);

    private final AccountRepository accounts;
    private final OwnedGroups ownedGroups;
    private final CurrentPasswordCheck currentPasswordCheck;
    private final CurrentUser currentUser;
    private final SecurityEvents log;
    private final Clock clock;

    AccountDeletionService(AccountRepository accounts, OwnedGroups ownedGroups,
                           CurrentPasswordCheck currentPasswordCheck, CurrentUser currentUser, SecurityEvents log,
                           Clock clock) {
        this.accounts = accounts;
        this.ownedGroups = ownedGroups;
        this.currentPasswordCheck = currentPasswordCheck;
        this.currentUser = currentUser;
        this.log = log;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public DeletionStatus status() {
        Account account = signedIn();
        return new DeletionStatus(account.getDeletionDueAt(), clock.instant().plus(WAIT),
                ownedGroups.ownedBy(account.getId()), account.getTimeZone());
    }

    /**
     * Schedules the deletion {@link #WAIT} from now and returns when it happens; asking again keeps the first
     * date. Refused while the person owns a group (naming the groups), and with a wrong current password.
     */
    public Instant request(String currentPassword) {
        Account account = signedIn();
        List<OwnedGroup> owned = ownedGroups.ownedBy(account.getId());
        if (!owned.isEmpty()) {
            throw new GroupsStillOwnedException(owned);
        }
        currentPasswordCheck.check(account, currentPassword);
        if (account.getDeletionDueAt() == null) {
            account.scheduleDeletion(clock.instant().plus(WAIT));
            log.record(SecurityEventKind.ACCOUNT_DELETION_REQUESTED, account.getId(), null);
        }
        return account.getDeletionDueAt();
    }

    /** Keeps the account after all; nothing happens when no deletion is scheduled. */
    public void cancel() {
        Account account = signedIn();
        if (account.cancelDeletion()) {
            log.record(SecurityEventKind.ACCOUNT_DELETION_CANCELLED, account.getId(), "in settings");
        }
    }

    /** Whether signing in to this session cancelled a scheduled deletion, which the person should be told. */
    @Transactional(readOnly = true)
    public boolean cancelledBySigningIn() {
        return currentUser.get().deletionCancelledBySigningIn();
    }

    private Account signedIn() {
        return accounts.findById(currentUser.id())
                .orElseThrow(() -> new IllegalStateException("The signed-in account no longer exists"));
    }
}
