package app.waypoint.account.service;

import app.waypoint.account.domain.Account;
import app.waypoint.account.domain.AccountRepository;
import app.waypoint.account.domain.SecurityEventKind;
import app.waypoint.base.service.ClientAddress;
import app.waypoint.base.service.TextInput;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Checks an email and password. Each attempt is counted for the name and for the client's address before the
 * password is looked at, and one over either limit is refused unchecked; every other failure is the same "bad
 * credentials", whether or not the email exists. A disabled account is refused as such, but only after its
 * password was right. Signing in cancels a scheduled deletion of the account.
 */
@Component
public class LoginAuthenticationProvider implements AuthenticationProvider {

    /**
     * Hashed once so that unknown emails take as long to refuse as wrong passwords; in the background, as hashing
     * takes a noticeable part of the app's start.
     */
    private final CompletableFuture<String> decoyHash;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AttemptLimiter limiter;
    private final SecurityEvents log;
    private final Clock clock;
    private final DeletionAtSignIn deletionAtSignIn;

    LoginAuthenticationProvider(AccountRepository accounts, PasswordEncoder passwordEncoder,
                                AttemptLimiter limiter, SecurityEvents log, Clock clock,
                                DeletionAtSignIn deletionAtSignIn) {
        this.deletionAtSignIn = deletionAtSignIn;
        this.log = log;
        this.clock = clock;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.limiter = limiter;
        this.decoyHash = CompletableFuture.supplyAsync(() -> passwordEncoder.encode("decoy password for unknown accounts"));
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String name = Account.normalizeEmail(authentication.getName() == null ? "" : authentication.getName());
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        Optional<String> address = ClientAddress.current();
        if (address.isPresent() && !limiter.tryAttempt(AttemptRule.LOGIN_ADDRESS, address.get())) {
            log.recordRefusal(SecurityEventKind.LOCKED_OUT, null, "address");
            throw new LockedException("Too many failed logins from this address");
        }
        if (name.isEmpty() || name.length() > Account.MAX_EMAIL || TextInput.hasHiddenCharacters(name)) {
            log.recordRefusal(SecurityEventKind.SIGN_IN_FAILED, null, null);
            throw new BadCredentialsException("Bad credentials");
        }
        if (!limiter.tryAttempt(AttemptRule.LOGIN_NAME, name)) {
            log.recordRefusal(SecurityEventKind.LOCKED_OUT, accounts.findByEmail(name).map(Account::getId)
                    .orElse(null), "name");
            throw new LockedException("Too many failed logins");
        }
        Account account = accounts.findByEmail(name).orElse(null);
        String hash = account == null ? decoyHash.join() : account.getPasswordHash();
        // a password with hidden characters was never set (sign-up refuses them), and the hasher cannot read half an emoji
        if (TextInput.hasHiddenCharacters(password) || !passwordEncoder.matches(password, hash) || account == null) {
            log.recordRefusal(SecurityEventKind.SIGN_IN_FAILED, account == null ? null : account.getId(), null);
            throw new BadCredentialsException("Bad credentials");
        }
        if (account.isDisabled()) {
            log.recordRefusal(SecurityEventKind.SIGN_IN_DISABLED, account.getId(), null);
            throw new DisabledException("Account disabled");
        }
        limiter.succeeded(AttemptRule.LOGIN_NAME, name);
        address.ifPresent(client -> limiter.succeeded(AttemptRule.LOGIN_ADDRESS, client));
        log.record(SecurityEventKind.SIGN_IN, account.getId(), null);
        accounts.noteSignIn(account.getId(), clock.instant());
        SignedInAccount principal = new SignedInAccount(account, deletionAtSignIn.cancel(account.getId()));
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
