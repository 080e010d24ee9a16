package app.waypoint.account.service;

import java.time.Duration;

/**
 * What is limited, how many attempts a window allows, and what a success does to the count. Each attempt is
 * counted before it is tried, so parallel attempts cannot pass the limit together.
 */
public enum AttemptRule {

    /** Five tries per login name in fifteen minutes; a success forgets them. Unknown names count alike. */
    LOGIN_NAME("login:", 5, Duration.ofMinutes(15), Success.FORGETS),
    /** Many names from one address (password spraying); a success gives its attempt back. */
    LOGIN_ADDRESS("login-address:", 30, Duration.ofMinutes(15), Success.GIVES_BACK),
    /** The current-password check before a password change or an account deletion. */
    CURRENT_PASSWORD("current-password:", 5, Duration.ofMinutes(15), Success.FORGETS),
    /** Accounts opened from one address in an hour. */
    SIGN_UP_ADDRESS("sign-up-address:", 10, Duration.ofHours(1), Success.COUNTS);

    enum Success { FORGETS, GIVES_BACK, COUNTS }

    private final String prefix;
    private final int max;
    private final Duration window;
    private final Success success;

    AttemptRule(String prefix, int max, Duration window, Success success) {
        this.prefix = prefix;
        this.max = max;
        this.window = window;
        this.success = success;
    }

    String key(String subject) {
        return prefix + subject;
    }

    public int max() {
        return max;
    }

    /** How long the window runs, and also how long a lock lasts once the limit is reached. */
    public Duration window() {
        return window;
    }

    Success success() {
        return success;
    }
}
