package app.waypoint.account.service;

import app.waypoint.account.domain.Account;
import app.waypoint.account.domain.LoginThrottle;
import app.waypoint.account.domain.LoginThrottleRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

import static app.waypoint.base.service.TextInput.length;

/**
 * Refuses logins for a name after repeated failures. Unknown names are throttled like real ones, so a
 * refusal tells nothing about which emails have accounts.
 */
@Service
@PreAuthorize("permitAll()")
@Transactional
public class LoginThrottler {

    /** Longer names cannot belong to an account, and are not worth a row. */
    private static final int MAX_NAME_LENGTH = Account.MAX_EMAIL;

    private final LoginThrottleRepository throttles;
    private final Clock clock;

    LoginThrottler(LoginThrottleRepository throttles, Clock clock) {
        this.throttles = throttles;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String loginName) {
        return throttles.findById(Account.normalizeEmail(loginName))
                .map(throttle -> throttle.isLockedAt(clock.instant()))
                .orElse(false);
    }

    public void recordFailure(String loginName) {
        String name = Account.normalizeEmail(loginName);
        if (name.isEmpty() || length(name) > MAX_NAME_LENGTH) {
            return;
        }
        LoginThrottle throttle = throttles.findById(name)
                .orElseGet(() -> new LoginThrottle(name, clock.instant()));
        throttle.recordFailure(clock.instant());
        throttles.save(throttle);
    }

    public void recordSuccess(String loginName) {
        throttles.deleteById(Account.normalizeEmail(loginName));
    }
}
