package app.waypoint.account.service;

import app.waypoint.account.domain.Account;
import app.waypoint.account.domain.AccountRepository;
import app.waypoint.account.domain.AttemptLimitRepository;
import app.waypoint.account.domain.SecurityEventKind;
import app.waypoint.account.domain.SecurityEventRepository;
import app.waypoint.base.service.AccountRemoval;
import app.waypoint.base.service.OwnedGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;

/**
 * Deletes the accounts whose deletion is due, each in its own transaction: the account row, and through the
 * database's foreign keys everything that is only the person's; their own security-log entries and attempt
 * counts; and their place in mock-interview pairs. What others made stays (a team task assigned to the person
 * stays, unassigned). An account that owns a study group by then waits until the group is handed over or deleted.
 * Running it twice, or on two instances at once, deletes nothing more: each account is locked and checked again.
 */
@Component
public class AccountPurge {

    private static final Logger LOG = LoggerFactory.getLogger(AccountPurge.class);

    private final AccountRepository accounts;
    private final SecurityEventRepository securityEvents;
    private final AttemptLimitRepository attemptLimits;
    private final OwnedGroups ownedGroups;
    private final List<AccountRemoval> removals;
    private final AccountSessions sessions;
    private final SecurityEvents log;
    private final Clock clock;
    private final TransactionTemplate transaction;

    AccountPurge(AccountRepository accounts, SecurityEventRepository securityEvents,
                 AttemptLimitRepository attemptLimits, OwnedGroups ownedGroups, List<AccountRemoval> removals,
                 AccountSessions sessions, SecurityEvents log, Clock clock, PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.securityEvents = securityEvents;
        this.attemptLimits = attemptLimits;
        this.ownedGroups = ownedGroups;
        this.removals = removals;
        this.sessions = sessions;
        this.log = log;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Deletes every account whose deletion is due; {@link Housekeeping} runs it. */
    public void purgeDue() {
        int purged = 0;
        for (long accountId : accounts.findIdsDueForDeletion(clock.instant())) {
            try {
                if (Boolean.TRUE.equals(transaction.execute(status -> purge(accountId)))) {
                    purged++;
                }
            } catch (RuntimeException failed) {
                LOG.error("Deleting account {} failed; it is tried again on the next run", accountId, failed);
            }
        }
        if (purged > 0) {
            LOG.info("Deleted {} account(s) as their owners asked", purged);
        }
    }

    private boolean purge(long accountId) {
        Account account = accounts.findLockedById(accountId).orElse(null);
        if (account == null || !account.isDeletionDue(clock.instant())) {
            return false; // deleted already, or cancelled by a sign-in meanwhile
        }
        if (!ownedGroups.ownedBy(accountId).isEmpty()) {
            return false; // waits until the groups are handed over or deleted, as settings says
        }
        securityEvents.allowPurgeOf(accountId);
        securityEvents.deleteEntriesOf(accountId);
        attemptLimits.deleteKeys(List.of(AttemptRule.LOGIN_NAME.key(account.getEmail()),
                AttemptRule.CURRENT_PASSWORD.key(String.valueOf(accountId))));
        removals.forEach(removal -> removal.beforeRemoving(accountId));
        accounts.deleteRow(accountId);
        log.recordWithoutPerson(SecurityEventKind.ACCOUNT_DELETED);
        sessions.endAll(account);
        return true;
    }
}
