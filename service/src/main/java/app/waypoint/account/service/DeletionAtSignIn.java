package app.waypoint.account.service;

import app.waypoint.account.domain.AccountRepository;
import app.waypoint.account.domain.SecurityEventKind;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Signing in while a deletion is scheduled cancels it: whoever signs in still wants the account. */
@Component
class DeletionAtSignIn {

    private final AccountRepository accounts;
    private final SecurityEvents log;

    DeletionAtSignIn(AccountRepository accounts, SecurityEvents log) {
        this.accounts = accounts;
        this.log = log;
    }

    /**
     * Cancels the account's scheduled deletion, if any, and tells whether it did. The row is locked, so a purge
     * running at this moment either finishes first (and the sign-in fails as for an unknown account) or waits and
     * finds the deletion cancelled.
     */
    @Transactional
    public boolean cancel(long accountId) {
        var account = accounts.findLockedById(accountId)
                .orElseThrow(() -> new BadCredentialsException("Bad credentials"));
        if (!account.cancelDeletion()) {
            return false;
        }
        log.record(SecurityEventKind.ACCOUNT_DELETION_CANCELLED, accountId, "signed in");
        return true;
    }
}
