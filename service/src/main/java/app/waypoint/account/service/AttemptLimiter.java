package app.waypoint.account.service;

import app.waypoint.account.domain.AttemptLimitRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Limits attempts per subject by the rules of {@link AttemptRule}. Each call commits on its own, so an attempt
 * stays counted when the caller's refusal rolls its own work back.
 */
@Service
@PreAuthorize("permitAll()")
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class AttemptLimiter {

    /** Subjects longer than this cannot be real (no email or address is), and are not worth a row. */
    static final int MAX_SUBJECT = 280;

    private final AttemptLimitRepository limits;
    private final Clock clock;

    AttemptLimiter(AttemptLimitRepository limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** Counts an attempt; false when the subject is over its limit and must be refused without trying. */
    public boolean tryAttempt(AttemptRule rule, String subject) {
        if (subject.length() > MAX_SUBJECT) {
            return false;
        }
        Instant now = clock.instant();
        int attempts = limits.countAttempt(rule.key(subject), now, now.minus(rule.window()), rule.max(),
                now.plus(rule.window()));
        return attempts <= rule.max();
    }

    /** Tells the limiter the attempt succeeded, which forgets the attempts or gives this one back by the rule. */
    public void succeeded(AttemptRule rule, String subject) {
        switch (rule.success()) {
            case FORGETS -> limits.deleteById(rule.key(subject));
            case GIVES_BACK -> limits.giveBack(rule.key(subject), rule.max());
            case COUNTS -> {
                // every success counts toward the limit, e.g. accounts opened from one address
            }
        }
    }
}
