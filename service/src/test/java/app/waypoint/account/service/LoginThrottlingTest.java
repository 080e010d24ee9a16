package app.waypoint.account.service;

import app.waypoint.MutableClock;
import app.waypoint.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class LoginThrottlingTest {

    private static final String EMAIL = "throttle@example.com";

    @Autowired AccountFixtures fixtures;
    @Autowired TestDatabase database;
    @Autowired MutableClock clock;

    @BeforeEach
    void oneAccount() {
        database.reset();
        fixtures.signUp(EMAIL, "Throttle");
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    @Test
    void fiveFailuresLockTheAccountEvenAgainstTheRightPassword() {
        failLogins(EMAIL, 5);

        assertThatThrownBy(() -> fixtures.logIn(EMAIL, AccountFixtures.PASSWORD)).isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> fixtures.logIn("THROTTLE@example.com", AccountFixtures.PASSWORD))
                .isInstanceOf(LockedException.class);
    }

    @Test
    void fourFailuresDoNotLock() {
        failLogins(EMAIL, 4);

        assertThat(fixtures.logIn(EMAIL, AccountFixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void theLockEndsAfterFifteenMinutes() {
        failLogins(EMAIL, 5);
        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThatThrownBy(() -> fixtures.logIn(EMAIL, AccountFixtures.PASSWORD)).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofSeconds(1));

        assertThat(fixtures.logIn(EMAIL, AccountFixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() {
        failLogins(EMAIL, 4);
        clock.advance(Duration.ofMinutes(15));
        failLogins(EMAIL, 4);

        assertThat(fixtures.logIn(EMAIL, AccountFixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void aSuccessfulLoginForgetsEarlierFailures() {
        failLogins(EMAIL, 4);
        fixtures.logIn(EMAIL, AccountFixtures.PASSWORD);
        failLogins(EMAIL, 4);

        assertThat(fixtures.logIn(EMAIL, AccountFixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void unknownEmailsAreThrottledAlikeSoNoRefusalRevealsAnAccount() {
        assertThatThrownBy(() -> fixtures.logIn("nobody@example.com", "whatever it is"))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessage("Bad credentials");
        assertThatThrownBy(() -> fixtures.logIn(EMAIL, "wrong password here"))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessage("Bad credentials");

        failLogins("nobody@example.com", 4);

        assertThatThrownBy(() -> fixtures.logIn("nobody@example.com", "whatever it is"))
                .isInstanceOf(LockedException.class);
        assertThat(fixtures.logIn(EMAIL, AccountFixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void absurdlyLongLoginNamesAreRefusedWithoutBeingStored() {
        String huge = "x".repeat(10_000);
        for (int attempt = 0; attempt < 6; attempt++) {
            assertThatThrownBy(() -> fixtures.logIn(huge, huge)).isInstanceOf(BadCredentialsException.class);
        }
    }

    private void failLogins(String email, int times) {
        for (int attempt = 0; attempt < times; attempt++) {
            assertThatThrownBy(() -> fixtures.logIn(email, "not the password"))
                    .isInstanceOf(BadCredentialsException.class);
        }
    }
}
