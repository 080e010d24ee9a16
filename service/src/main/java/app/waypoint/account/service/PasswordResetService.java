package app.waypoint.account.service;

import app.waypoint.account.domain.Account;
import app.waypoint.account.domain.AccountRepository;
import app.waypoint.account.domain.PasswordReset;
import app.waypoint.account.domain.PasswordResetRepository;
import app.waypoint.account.domain.SecurityEventKind;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.SecretCodes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * Setting a new password with a one-time link an admin handed over (Waypoint sends no mail). The link works once
 * and for 24 hours; using it ends every session of the account and lifts its sign-in lock.
 */
@Service
@PreAuthorize("permitAll()")
@Transactional
public class PasswordResetService {

    private final PasswordResetRepository resets;
    private final AccountRepository accounts;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final AccountSessions sessions;
    private final AttemptLimiter limiter;
    private final SecurityEvents log;
    private final Clock clock;

    PasswordResetService(PasswordResetRepository resets, AccountRepository accounts, PasswordPolicy passwordPolicy,
                         PasswordEncoder passwordEncoder, AccountSessions sessions, AttemptLimiter limiter,
                         SecurityEvents log, Clock clock) {
        this.resets = resets;
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.limiter = limiter;
        this.log = log;
        this.clock = clock;
    }

    /** The email of the account a working link resets, for the page to say whose password it sets. */
    @Transactional(readOnly = true)
    public Optional<String> accountOf(String secret) {
        return usable(secret, resets::findFirstBySecretHash).flatMap(reset -> accounts.findById(reset.getAccountId()))
                .map(Account::getEmail);
    }

    public void reset(String secret, String newPassword) {
        PasswordReset reset = usable(secret, resets::findBySecretHash)
                .orElseThrow(() -> new InvalidInputException("link", "password-reset.link-invalid"));
        Account account = accounts.findById(reset.getAccountId())
                .orElseThrow(() -> new InvalidInputException("link", "password-reset.link-invalid"));
        passwordPolicy.problemWith(newPassword, account.getEmail()).ifPresent(key -> {
            throw new InvalidInputException("newPassword", key);
        });
        account.changePasswordHash(passwordEncoder.encode(newPassword), clock.instant());
        reset.use(clock.instant());
        sessions.endAll(account);
        limiter.succeeded(AttemptRule.LOGIN_NAME, account.getEmail());
        log.record(SecurityEventKind.PASSWORD_RESET_USED, account.getId(), null);
    }

    private Optional<PasswordReset> usable(String secret, Function<String, Optional<PasswordReset>> findByDigest) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return findByDigest.apply(SecretCodes.digest(secret.strip())).filter(reset -> reset.isUsable(clock.instant()));
    }
}
