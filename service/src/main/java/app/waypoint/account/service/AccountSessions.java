package app.waypoint.account.service;

import app.waypoint.account.domain.Account;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends every open session of an account at once: when an admin disables it or changes its rights, when its
 * password is reset, and when it is purged. The browser of each learns at its next request.
 */
@Component
class AccountSessions {

    private final SessionRegistry sessions;

    AccountSessions(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    void endAll(Account account) {
        sessions.getAllSessions(new SignedInAccount(account, false), true).forEach(SessionInformation::expireNow);
    }
}
