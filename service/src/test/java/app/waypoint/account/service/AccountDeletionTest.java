package app.waypoint.account.service;

import app.waypoint.MutableClock;
import app.waypoint.TestDatabase;
import app.waypoint.account.domain.AccountRepository;
import app.waypoint.account.domain.SecurityEventKind;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.OwnedGroup;
import app.waypoint.group.service.GroupService;
import app.waypoint.portfolio.service.TeamProjectService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class AccountDeletionTest {

    @Autowired AccountDeletionService deletion;
    @Autowired AccountPurge purge;
    @Autowired AccountFixtures fixtures;
    @Autowired AccountRepository accounts;
    @Autowired GroupService groups;
    @Autowired TeamProjectService teamProjects;
    @Autowired TestDatabase database;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired TransactionTemplate transaction;

    @BeforeEach
    void aPersonSignedIn() {
        database.reset();
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        fixtures.signUpAndLogIn("leaving@example.com");
    }

    @AfterEach
    void nobody() {
        AccountFixtures.logOut();
    }

    @Test
    void aRequestNeedsTheCurrentPasswordAndIsThrottledAfterFiveWrongOnes() {
        for (int attempt = 1; attempt <= AttemptRule.CURRENT_PASSWORD.max(); attempt++) {
            assertThatThrownBy(() -> deletion.request("a wrong guess"))
                    .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                            .containsExactly(new FieldProblem("currentPassword", "password.current-wrong")));
        }
        assertThatThrownBy(() -> deletion.request(AccountFixtures.PASSWORD))
                .as("even the right password waits once the limit is reached")
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .containsExactly(new FieldProblem("currentPassword", "password.current-throttled")));
        assertThat(deletion.status().scheduled()).isFalse();

        clock.advance(AttemptRule.CURRENT_PASSWORD.window().plusSeconds(1));
        assertThat(deletion.request(AccountFixtures.PASSWORD)).isEqualTo(clock.instant().plus(Duration.ofDays(7)));
    }

    @Test
    void aRequestSchedulesTheDeletionSevenDaysOutAndTheAccountKeepsWorking() {
        Instant due = deletion.request(AccountFixtures.PASSWORD);

        assertThat(due).isEqualTo(Instant.parse("2026-03-09T09:00:00Z"));
        clock.advance(Duration.ofDays(1));
        assertThat(deletion.request(AccountFixtures.PASSWORD)).as("asking again keeps the first date").isEqualTo(due);
        DeletionStatus status = deletion.status();
        assertThat(status.scheduledFor()).isEqualTo(due);
        assertThat(status.ownedGroups()).isEmpty();
        assertThat(kinds()).containsOnlyOnce(SecurityEventKind.ACCOUNT_DELETION_REQUESTED);
    }

    @Test
    void cancellingInSettingsKeepsTheAccount() {
        deletion.request(AccountFixtures.PASSWORD);

        deletion.cancel();
        deletion.cancel();

        assertThat(deletion.status().scheduled()).isFalse();
        assertThat(kinds()).containsOnlyOnce(SecurityEventKind.ACCOUNT_DELETION_CANCELLED);
        clock.advance(Duration.ofDays(8));
        purge.purgeDue();
        assertThat(accounts.findByEmail("leaving@example.com")).isPresent();
    }

    @Test
    void signingInCancelsTheDeletionAndThatSessionIsTold() {
        deletion.request(AccountFixtures.PASSWORD);
        AccountFixtures.logOut();
        clock.advance(Duration.ofDays(6));

        fixtures.logIn("leaving@example.com", AccountFixtures.PASSWORD);

        assertThat(deletion.cancelledBySigningIn()).isTrue();
        assertThat(deletion.status().scheduled()).isFalse();
        assertThat(jdbc.queryForObject("select detail from security_event where kind = 'ACCOUNT_DELETION_CANCELLED'",
                String.class)).isEqualTo("signed in");
        clock.advance(Duration.ofDays(2));
        purge.purgeDue();
        assertThat(accounts.findByEmail("leaving@example.com")).isPresent();

        fixtures.logIn("leaving@example.com", AccountFixtures.PASSWORD);
        assertThat(deletion.cancelledBySigningIn()).as("the next sign-in had nothing to cancel").isFalse();
    }

    @Test
    void theAccountIsDeletedSevenDaysAfterTheRequestAndNotBefore() {
        deletion.request(AccountFixtures.PASSWORD);
        AccountFixtures.logOut();

        clock.advance(Duration.ofDays(7).minusMinutes(1));
        purge.purgeDue();
        assertThat(accounts.findByEmail("leaving@example.com")).isPresent();

        clock.advance(Duration.ofMinutes(1));
        purge.purgeDue();
        assertThat(accounts.findByEmail("leaving@example.com")).isEmpty();
        purge.purgeDue();
        assertThat(jdbc.queryForList("select kind from security_event", String.class)).containsExactly("ACCOUNT_DELETED");
        assertThat(jdbc.queryForMap("select account_id, client_address, detail from security_event"))
                .allSatisfy((column, value) -> assertThat(value).as(column).isNull());
    }

    @Test
    void thePurgeLeavesEveryOtherAccountAsItWas() {
        fixtures.signUp("staying@example.com", "Staying");
        fixtures.signUpAndLogIn("changed-mind@example.com");
        deletion.request(AccountFixtures.PASSWORD);
        deletion.cancel();
        fixtures.logIn("leaving@example.com", AccountFixtures.PASSWORD);
        deletion.request(AccountFixtures.PASSWORD);
        AccountFixtures.logOut();
        int othersEvents = count("select count(*) from security_event where account_id in (select id from account"
                + " where email <> 'leaving@example.com')");

        clock.advance(Duration.ofDays(30));
        purge.purgeDue();

        assertThat(jdbc.queryForList("select email from account order by email", String.class))
                .containsExactly("changed-mind@example.com", "staying@example.com");
        assertThat(count("select count(*) from security_event where account_id is not null")).isEqualTo(othersEvents);
    }

    @Test
    void ownedGroupsBlockTheRequestByNameUntilTheyAreHandedOverOrDeleted() {
        long study = groups.create("RAG study", null);
        teamProjects.createBlank(study, "Team chatbot");
        long other = groups.create("CV club", null);
        String code = groups.details(study).invite().code();
        fixtures.signUpAndLogIn("mate@example.com");
        long mate = accounts.findByEmail("mate@example.com").orElseThrow().getId();
        groups.join(code);
        fixtures.logIn("leaving@example.com", AccountFixtures.PASSWORD);

        assertThat(deletion.status().ownedGroups()).containsExactly(
                new OwnedGroup(study, "RAG study", List.of("Team chatbot")), new OwnedGroup(other, "CV club", List.of()));
        assertThatThrownBy(() -> deletion.request(AccountFixtures.PASSWORD))
                .isInstanceOfSatisfying(GroupsStillOwnedException.class, refused ->
                        assertThat(refused.groups()).extracting(OwnedGroup::name).containsExactly("RAG study", "CV club"));
        assertThat(deletion.status().scheduled()).isFalse();

        groups.transferOwnership(study, mate);
        groups.delete(other, "CV club", java.util.Set.of());
        assertThat(deletion.request(AccountFixtures.PASSWORD)).isNotNull();
    }

    @Test
    void aGroupOwnedByTheDueDateMakesTheDeletionWait() {
        deletion.request(AccountFixtures.PASSWORD);
        long group = groups.create("Made while waiting", null);
        clock.advance(Duration.ofDays(8));

        purge.purgeDue();
        assertThat(accounts.findByEmail("leaving@example.com")).isPresent();

        groups.delete(group, "Made while waiting", java.util.Set.of());
        purge.purgeDue();
        assertThat(accounts.findByEmail("leaving@example.com")).isEmpty();
    }

    @Test
    void theSecurityLogLetsAPurgeDeleteOnlyTheAccountItNames() {
        fixtures.signUp("other@example.com", "Other");
        long me = accounts.findByEmail("leaving@example.com").orElseThrow().getId();
        long other = accounts.findByEmail("other@example.com").orElseThrow().getId();

        assertThatThrownBy(() -> jdbc.update("delete from security_event where account_id = ?", me))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            jdbc.queryForObject("select set_config('waypoint.purging_account', ?, true)", String.class,
                    String.valueOf(me));
            jdbc.update("delete from security_event where account_id = ?", other);
        })).hasMessageContaining("append-only");
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            jdbc.queryForObject("select set_config('waypoint.purging_account', ?, true)", String.class,
                    String.valueOf(me));
            jdbc.update("update security_event set detail = 'changed' where account_id = ?", me);
        })).hasMessageContaining("append-only");
        transaction.executeWithoutResult(status -> {
            jdbc.queryForObject("select set_config('waypoint.purging_account', ?, true)", String.class,
                    String.valueOf(me));
            jdbc.update("delete from security_event where account_id = ?", me);
        });
        assertThatThrownBy(() -> jdbc.update("delete from security_event where account_id = ?", other))
                .as("the setting ended with its transaction").hasMessageContaining("append-only");
        assertThat(count("select count(*) from security_event where account_id = " + me)).isZero();
        assertThat(count("select count(*) from security_event where account_id = " + other)).isPositive();
    }

    private List<SecurityEventKind> kinds() {
        return jdbc.queryForList("select kind from security_event", String.class).stream()
                .map(SecurityEventKind::valueOf).toList();
    }

    private int count(String sql) {
        Integer count = jdbc.queryForObject(sql, Integer.class);
        return count == null ? 0 : count;
    }
}
