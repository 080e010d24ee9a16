package app.waypoint.account.service;

import app.waypoint.account.domain.Account;
import app.waypoint.account.domain.AccountRepository;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks an email and password. A throttled name is refused before its password is even looked at; every
 * other failure is the same "bad credentials", whether or not the email exists.
 */
@Component
public class LoginAuthenticationProvider implements AuthenticationProvider {

    /** Hashed once so that unknown emails take as long to refuse as wrong passwords. */
    private final String decoyHash;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottler throttler;

    LoginAuthenticationProvider(AccountRepository accounts, PasswordEncoder passwordEncoder,
                                LoginThrottler throttler) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.throttler = throttler;
        this.decoyHash = passwordEncoder.encode("decoy password for unknown accounts");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String loginName = authentication.getName() == null ? "" : authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        if (throttler.isLocked(loginName)) {
            throw new LockedException("Too many failed logins");
        }
        Account account = accounts.findByEmail(Account.normalizeEmail(loginName)).orElse(null);
        String hash = account == null ? decoyHash : account.getPasswordHash();
        if (!passwordEncoder.matches(password, hash) || account == null) {
            throttler.recordFailure(loginName);
            throw new BadCredentialsException("Bad credentials");
        }
        throttler.recordSuccess(loginName);
        SignedInAccount principal = new SignedInAccount(account);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
