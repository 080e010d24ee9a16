package app.waypoint.account.service;

import app.waypoint.TestDatabase;
import app.waypoint.account.domain.AccountRepository;
import app.waypoint.account.domain.SecurityEventKind;
import app.waypoint.application.service.ApplicationDraft;
import app.waypoint.application.service.ApplicationService;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.group.domain.GroupRole;
import app.waypoint.group.service.GroupService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class SecurityLogTest {

    @Autowired SecurityLogService log;
    @Autowired AccountFixtures fixtures;
    @Autowired AccountService accountService;
    @Autowired AccountRepository accounts;
    @Autowired GroupService groups;
    @Autowired ApplicationService applications;
    @Autowired TestDatabase database;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void fromOneAddress() {
        database.reset();
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("198.51.100.23");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void nobody() {
        AccountFixtures.logOut();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void signInsAndTheirFailuresAreLoggedWithTheAddressAndAPersonSeesOnlyTheirOwn() {
        fixtures.signUp("admin@example.com", "Admin");
        fixtures.signUp("me@example.com", "Me");
        assertThatThrownBy(() -> fixtures.logIn("me@example.com", "a wrong guess")).isInstanceOf(
                BadCredentialsException.class);
        assertThatThrownBy(() -> fixtures.logIn("admin@example.com", "a wrong guess")).isInstanceOf(
                BadCredentialsException.class);
        fixtures.logIn("me@example.com", AccountFixtures.PASSWORD);

        List<SecurityEntry> mine = log.mySignIns();

        long me = accounts.findByEmail("me@example.com").orElseThrow().getId();
        assertThat(mine).extracting(SecurityEntry::kind)
                .containsExactly(SecurityEventKind.SIGN_IN, SecurityEventKind.SIGN_IN_FAILED);
        assertThat(mine).allSatisfy(entry -> {
            assertThat(entry.accountId()).isEqualTo(me);
            assertThat(entry.clientAddress()).isEqualTo("198.51.100.23");
        });
    }

    @Test
    void onlyAnAdminReadsTheWholeLogAndItHoldsNoSecret() {
        fixtures.signUp("admin@example.com", "Admin");
        fixtures.signUpAndLogIn("user@example.com");
        assertThatThrownBy(() -> accountService.changePassword("not my password", "another fine passphrase"))
                .isInstanceOf(InvalidInputException.class);
        accountService.changePassword(AccountFixtures.PASSWORD, "another fine passphrase");
        for (int i = 0; i < AttemptRule.LOGIN_NAME.max(); i++) {
            assertThatThrownBy(() -> fixtures.logIn("nobody@example.com", "guess")).isInstanceOf(
                    BadCredentialsException.class);
        }
        assertThatThrownBy(() -> fixtures.logIn("nobody@example.com", "guess")).isInstanceOf(LockedException.class);
        fixtures.logIn("user@example.com", "another fine passphrase");
        assertThatThrownBy(() -> log.recent(Set.of(), null, 50)).isInstanceOf(AuthorizationDeniedException.class);

        fixtures.logIn("admin@example.com", AccountFixtures.PASSWORD);
        List<SecurityEntry> all = log.recent(Set.of(), null, 50);

        assertThat(all).extracting(SecurityEntry::kind).contains(SecurityEventKind.SIGN_UP,
                SecurityEventKind.CURRENT_PASSWORD_WRONG, SecurityEventKind.PASSWORD_CHANGED,
                SecurityEventKind.SIGN_IN_FAILED, SecurityEventKind.LOCKED_OUT, SecurityEventKind.SIGN_IN);
        assertThat(all).allSatisfy(entry -> assertThat(String.valueOf(entry.detail()))
                .doesNotContain(AccountFixtures.PASSWORD, "another fine passphrase", "guess", "nobody@"));
        assertThat(log.recent(Set.of(SecurityEventKind.LOCKED_OUT), null, 50)).singleElement()
                .satisfies(locked -> assertThat(locked.accountId()).as("no such account").isNull());
        long user = accounts.findByEmail("user@example.com").orElseThrow().getId();
        assertThat(log.recent(Set.of(), user, 50)).extracting(SecurityEntry::accountId).containsOnly(user);
    }

    @Test
    void theLogIsAppendOnly() {
        fixtures.signUp("admin@example.com", "Admin");

        assertThatThrownBy(() -> jdbc.update("update security_event set detail = 'changed'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from security_event")).hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from security_event", Integer.class)).isOne();
    }

    @Test
    void roleChangesAndRemovalsInAGroupAreLoggedForTheOneWhoMadeThem() {
        fixtures.signUpAndLogIn("owner@example.com");
        long group = groups.create("Study", null);
        String code = groups.details(group).invite().code();
        fixtures.signUpAndLogIn("admin-to-be@example.com");
        groups.join(code);
        fixtures.signUpAndLogIn("leaver@example.com");
        groups.join(code);
        long adminToBe = accounts.findByEmail("admin-to-be@example.com").orElseThrow().getId();
        long leaver = accounts.findByEmail("leaver@example.com").orElseThrow().getId();
        fixtures.logIn("owner@example.com", AccountFixtures.PASSWORD);

        groups.changeRole(group, adminToBe, GroupRole.ADMIN);
        groups.removeMember(group, leaver);

        long owner = accounts.findByEmail("owner@example.com").orElseThrow().getId();
        List<SecurityEntry> entries = log.recent(Set.of(SecurityEventKind.GROUP_ROLE_CHANGED,
                SecurityEventKind.GROUP_MEMBER_REMOVED), null, 50);
        assertThat(entries).extracting(SecurityEntry::kind, SecurityEntry::accountId, SecurityEntry::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SecurityEventKind.GROUP_MEMBER_REMOVED, owner,
                                "group " + group + ": account " + leaver + " removed"),
                        org.assertj.core.groups.Tuple.tuple(SecurityEventKind.GROUP_ROLE_CHANGED, owner,
                                "group " + group + ": account " + adminToBe + " is ADMIN"));
        assertThat(entries).as("the invite code is never logged")
                .allSatisfy(entry -> assertThat(entry.detail()).doesNotContain(code));
    }

    @Test
    void askingForSomeoneElsesIdIsLoggedOnceAsARefusal() {
        fixtures.signUpAndLogIn("admin@example.com");
        long theirs = applications.add(ApplicationDraft.of("Secret Co", "Role"), null);
        fixtures.signUpAndLogIn("snoop@example.com");

        assertThatThrownBy(() -> applications.application(theirs)).isInstanceOf(NotFoundException.class);

        long snoop = accounts.findByEmail("snoop@example.com").orElseThrow().getId();
        fixtures.logIn("admin@example.com", AccountFixtures.PASSWORD);
        assertThat(log.recent(Set.of(SecurityEventKind.ACCESS_REFUSED), null, 50)).singleElement()
                .satisfies(refused -> {
                    assertThat(refused.accountId()).isEqualTo(snoop);
                    assertThat(refused.detail()).isEqualTo("Not found: application " + theirs);
                });
    }
}
