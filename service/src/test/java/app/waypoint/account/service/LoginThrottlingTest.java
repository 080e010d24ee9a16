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

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
        RequestContextHolder.resetRequestAttributes();
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

    @Test
    void fiftyParallelGuessesReachThePasswordCheckAtMostFiveTimes() throws Exception {
        int guesses = 50;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Class<?>>> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < guesses; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        fixtures.logIn(EMAIL, "a wrong guess");
                        return Authentication.class;
                    } catch (RuntimeException refused) {
                        return refused.getClass();
                    }
                }));
            }
            start.countDown();
        }
        Map<Class<?>, Long> byOutcome = new HashMap<>();
        for (Future<Class<?>> outcome : outcomes) {
            byOutcome.merge(outcome.get(), 1L, Long::sum);
        }
        // a refusal before the check is a lock; only a checked password can be a bad credential
        assertThat(byOutcome).as("nothing else, no server error").containsOnlyKeys(BadCredentialsException.class,
                LockedException.class);
        assertThat(byOutcome.get(BadCredentialsException.class)).isEqualTo(5);
        assertThat(byOutcome.get(LockedException.class)).isEqualTo(guesses - 5);
        AccountFixtures.logOut();
        assertThatThrownBy(() -> fixtures.logIn(EMAIL, AccountFixtures.PASSWORD)).isInstanceOf(LockedException.class);
    }

    @Test
    void oneAddressTryingManyEmailsIsStoppedAndOtherAddressesAreNot() {
        fromAddress("203.0.113.7");
        for (int i = 0; i < AttemptRule.LOGIN_ADDRESS.max(); i++) {
            String email = "guess" + i + "@example.com";
            assertThatThrownBy(() -> fixtures.logIn(email, "spray password")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> fixtures.logIn(EMAIL, AccountFixtures.PASSWORD))
                .as("even the right password, from that address").isInstanceOf(LockedException.class);

        fromAddress("198.51.100.2");
        assertThat(fixtures.logIn(EMAIL, AccountFixtures.PASSWORD).isAuthenticated()).isTrue();
        clock.advance(AttemptRule.LOGIN_ADDRESS.window());
        fromAddress("203.0.113.7");
        assertThat(fixtures.logIn(EMAIL, AccountFixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void successfulLoginsFromOneAddressDoNotUseUpItsLimit() {
        fromAddress("192.0.2.10");
        for (int i = 0; i < AttemptRule.LOGIN_ADDRESS.max() + 5; i++) {
            assertThat(fixtures.logIn(EMAIL, AccountFixtures.PASSWORD).isAuthenticated()).isTrue();
        }
    }

    private static void fromAddress(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private void failLogins(String email, int times) {
        for (int attempt = 0; attempt < times; attempt++) {
            assertThatThrownBy(() -> fixtures.logIn(email, "not the password"))
                    .isInstanceOf(BadCredentialsException.class);
        }
    }
}
