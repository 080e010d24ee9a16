package app.waypoint.account.service;

import app.waypoint.MutableClock;
import app.waypoint.TestDatabase;
import app.waypoint.base.domain.ClusterLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionDestroyedEvent;
import org.springframework.security.core.session.SessionIdChangedEvent;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What several app instances share through PostgreSQL alone: signed-in sessions (one ended by any instance is ended
 * for all, nothing is cached), the turns of the scheduled clean-up, and the lock that lets one instance load the
 * built-in content while another waits. "Another instance" here is a change made straight in the database.
 */
@SpringBootTest
class ClusterSharedStateTest {

    @Autowired SessionRegistry sessions;
    @Autowired AccountService accountService;
    @Autowired AccountFixtures fixtures;
    @Autowired Housekeeping housekeeping;
    @Autowired ClusterLock clusterLock;
    @Autowired TransactionTemplate transaction;
    @Autowired TestDatabase database;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @BeforeEach
    void clean() {
        database.reset();
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
    }

    @AfterEach
    void signOut() {
        AccountFixtures.logOut();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aSessionEndedByAnotherInstanceIsEndedHereAtItsNextRequest() {
        var me = fixtures.signUpAndLogIn("two-instances@example.com");
        sessions.registerNewSession("laptop", me.getPrincipal());
        assertThat(sessions.getSessionInformation("laptop").isExpired()).isFalse();

        jdbc.update("update signed_in_session set ended = true");

        assertThat(sessions.getSessionInformation("laptop").isExpired()).isTrue();
        assertThat(sessions.getAllSessions(me.getPrincipal(), false)).isEmpty();
        assertThat(jdbc.queryForList("select session_key from signed_in_session", String.class))
                .as("only a digest of the session id is stored").singleElement()
                .satisfies(key -> assertThat(key).hasSize(64).doesNotContain("laptop"));
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionsAndKeepsTheOneItCameFrom() {
        var me = fixtures.signUpAndLogIn("changer@example.com");
        sessions.registerNewSession("this-tab", me.getPrincipal());
        sessions.registerNewSession("phone", me.getPrincipal());
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(new MockHttpSession(null, "this-tab"));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        accountService.changePassword(AccountFixtures.PASSWORD, "a passphrase for two servers");

        assertThat(sessions.getSessionInformation("this-tab").isExpired()).isFalse();
        assertThat(sessions.getSessionInformation("phone").isExpired()).isTrue();
    }

    @Test
    void aDeletedAccountsSessionsCountAsEndedAndHoldNothingOfIt() {
        var leaving = fixtures.signUpAndLogIn("leaving@example.com");
        sessions.registerNewSession("old-tab", leaving.getPrincipal());
        jdbc.update("delete from account where email = 'leaving@example.com'");

        assertThat(sessions.getSessionInformation("old-tab").isExpired()).isTrue();
        assertThat(sessions.getAllPrincipals()).isEmpty();
    }

    @Test
    void aSessionKeepsItsPlaceWhenItsIdChangesAndIsForgottenWhenItEnds() {
        var me = fixtures.signUpAndLogIn("moving@example.com");
        sessions.registerNewSession("before-sign-in", me.getPrincipal());
        var listener = (StoredSessionRegistry) sessions;

        listener.onApplicationEvent(new SessionIdChangedEvent("source") {
            @Override
            public String getOldSessionId() {
                return "before-sign-in";
            }

            @Override
            public String getNewSessionId() {
                return "after-sign-in";
            }
        });
        assertThat(sessions.getSessionInformation("before-sign-in")).isNull();
        assertThat(sessions.getSessionInformation("after-sign-in").isExpired()).isFalse();
        assertThat(sessions.getAllPrincipals()).containsExactly(((SignedInAccount) me.getPrincipal()).accountId());

        listener.onApplicationEvent(new SessionDestroyedEvent("source") {
            @Override
            public String getId() {
                return "after-sign-in";
            }

            @Override
            public List<org.springframework.security.core.context.SecurityContext> getSecurityContexts() {
                return List.of();
            }
        });
        assertThat(sessions.getSessionInformation("after-sign-in")).isNull();
    }

    @Test
    void theCleanUpRunsOncePerTurnWhicheverInstanceAsksAndForgetsSessionsPastTheirLifetime() {
        var me = fixtures.signUpAndLogIn("cleaner@example.com");
        sessions.registerNewSession("yesterday", me.getPrincipal());
        clock.advance(Duration.ofHours(13));
        sessions.registerNewSession("now", me.getPrincipal());

        assertThat(housekeeping.runIfMyTurn()).as("the first instance to ask runs it").isTrue();
        assertThat(housekeeping.runIfMyTurn()).as("another asking in the same turn does not").isFalse();
        assertThat(sessions.getSessionInformation("yesterday")).as("past the 12-hour lifetime").isNull();
        assertThat(sessions.getSessionInformation("now")).isNotNull();

        clock.advance(Duration.ofMinutes(5));
        assertThat(housekeeping.runIfMyTurn()).as("the next turn").isTrue();
    }

    @Test
    void theContentLockMakesASecondInstanceWaitUntilTheFirstCommits() throws Exception {
        // two threads of their own: the common pool may have one, and the first waits while the second must start
        ExecutorService instances = Executors.newFixedThreadPool(2);
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch firstHolds = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            clusterLock.holdUntilCommit("test content");
            order.add("first holds");
            firstHolds.countDown();
            await(release);
            order.add("first commits");
        }), instances);
        assertThat(firstHolds.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            clusterLock.holdUntilCommit("test content");
            order.add("second holds");
        }), instances);

        waitUntilSomeoneWaitsForAnAdvisoryLock();
        assertThat(order).containsExactly("first holds");
        release.countDown();
        CompletableFuture.allOf(first, second).get(30, TimeUnit.SECONDS);
        assertThat(order).containsExactly("first holds", "first commits", "second holds");
        instances.shutdown();
    }

    private void waitUntilSomeoneWaitsForAnAdvisoryLock() throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            Integer waiting = jdbc.queryForObject(
                    "select count(*) from pg_locks where locktype = 'advisory' and not granted", Integer.class);
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the second transaction never waited for the lock");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
