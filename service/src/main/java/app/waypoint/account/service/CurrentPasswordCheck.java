package app.waypoint.account.service;

import app.waypoint.account.domain.Account;
import app.waypoint.account.domain.SecurityEventKind;
import app.waypoint.base.service.InvalidInputException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The current password asked before changing the password or deleting the account. Refuses a wrong one, and
 * after {@link AttemptRule#CURRENT_PASSWORD}'s limit of tries any password for a while: a stolen session must not
 * be a way to guess it. Refusals name the field {@code currentPassword}.
 */
@Component
class CurrentPasswordCheck {

    private final PasswordEncoder passwordEncoder;
    private final AttemptLimiter limiter;
    private final SecurityEvents log;

    CurrentPasswordCheck(PasswordEncoder passwordEncoder, AttemptLimiter limiter, SecurityEvents log) {
        this.passwordEncoder = passwordEncoder;
        this.limiter = limiter;
        this.log = log;
    }

    void check(Account account, String currentPassword) {
        String subject = String.valueOf(account.getId());
        if (!limiter.tryAttempt(AttemptRule.CURRENT_PASSWORD, subject)) {
            throw new InvalidInputException("currentPassword", "password.current-throttled");
        }
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            log.recordRefusal(SecurityEventKind.CURRENT_PASSWORD_WRONG, account.getId(), null);
            throw new InvalidInputException("currentPassword", "password.current-wrong");
        }
        limiter.succeeded(AttemptRule.CURRENT_PASSWORD, subject);
    }
}
