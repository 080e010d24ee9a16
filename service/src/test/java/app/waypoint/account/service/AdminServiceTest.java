package app.waypoint.account.service;

import app.waypoint.MutableClock;
import app.waypoint.TestDatabase;
import app.waypoint.account.domain.AccountRepository;
import app.waypoint.account.domain.RegistrationMode;
import app.waypoint.account.domain.Role;
import app.waypoint.account.domain.SecurityEventKind;
import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotAllowedException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.group.service.GroupService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class AdminServiceTest {

    @Autowired AdminService admin;
    @Autowired AccountService accountService;
    @Autowired PasswordResetService passwordResets;
    @Autowired SecurityLogService securityLog;
    @Autowired AccountFixtures fixtures;
    @Autowired AccountRepository accounts;
    @Autowired GroupService groups;
    @Autowired SessionRegistry sessions;
    @Autowired TestDatabase database;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @BeforeEach
    void anAdminAndAPerson() {
        database.reset();
        fixtures.signUp("admin@example.com", "Admin");
        fixtures.signUp("minji@example.com", "Minji");
    }

    @AfterEach
    void signOut() {
        AccountFixtures.logOut();
    }

    @Test
    void onlyAnAdminUsesTheConsole() {
        fixtures.logIn("minji@example.com", AccountFixtures.PASSWORD);

        assertThatThrownBy(() -> admin.accounts("", 0)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> admin.disable(id("admin@example.com")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> admin.issuePasswordReset(id("admin@example.com")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> admin.makeAdmin(id("minji@example.com")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(accounts.findByEmail("minji@example.com").orElseThrow().getRole()).isEqualTo(Role.USER);
    }

    @Test
    void aThousandAccountsArePagedAndSearchedByEmailOrName() {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            rows.add(new Object[]{"person" + i + "@example.com", i % 10 == 0 ? "지우 " + i : "Person " + i});
        }
        jdbc.batchUpdate("""
                insert into account (email, display_name, password_hash, role, time_zone, dark_mode, created_at,
                                     password_changed_at, version)
                values (?, ?, 'x', 'USER', 'Asia/Seoul', false, now(), now(), 0)""", rows);
        fixtures.logIn("admin@example.com", AccountFixtures.PASSWORD);

        AccountList first = admin.accounts("", 0);
        AccountList last = admin.accounts("", first.pages() - 1);
        AccountList korean = admin.accounts("지우", 0);
        AccountList literal = admin.accounts("100%", 0);

        assertThat(first.total()).isEqualTo(1_002);
        assertThat(first.rows()).hasSize(AdminService.PAGE_SIZE);
        assertThat(first.pages()).isEqualTo(51);
        assertThat(last.rows()).hasSize(2);
        assertThat(korean.total()).isEqualTo(100);
        assertThat(admin.accounts("PERSON999@", 0).rows()).extracting(AdminAccountRow::email)
                .containsExactly("person999@example.com");
        assertThat(literal.total()).as("% is matched as itself").isZero();
        assertThat(admin.figures().accounts()).isEqualTo(1_002);
    }

    @Test
    void aDisabledAccountCannotSignInAndItsSessionsEndAtOnce() {
        String minjisSession = signedInSession("minji@example.com");
        fixtures.logIn("admin@example.com", AccountFixtures.PASSWORD);

        admin.disable(id("minji@example.com"));

        assertThat(sessions.getSessionInformation(minjisSession).isExpired()).isTrue();
        assertThatThrownBy(() -> fixtures.logIn("minji@example.com", AccountFixtures.PASSWORD))
                .isInstanceOf(DisabledException.class);
        assertThatThrownBy(() -> fixtures.logIn("minji@example.com", "a wrong guess"))
                .as("a wrong password says nothing about the account").isInstanceOf(BadCredentialsException.class);

        fixtures.logIn("admin@example.com", AccountFixtures.PASSWORD);
        admin.enable(id("minji@example.com"));
        assertThat(fixtures.logIn("minji@example.com", AccountFixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void anAdminCannotDisableThemselvesOrAnotherAdmin() {
        fixtures.logIn("admin@example.com", AccountFixtures.PASSWORD);
        admin.makeAdmin(id("minji@example.com"));

        assertThatThrownBy(() -> admin.disable(id("admin@example.com"))).isInstanceOfSatisfying(
                NotAllowedException.class, refused -> assertThat(refused.messageKey()).isEqualTo("admin.not-yourself"));
        assertThatThrownBy(() -> admin.disable(id("minji@example.com"))).isInstanceOfSatisfying(
                NotAllowedException.class, refused -> assertThat(refused.messageKey()).isEqualTo("admin.disable-admin"));
        assertThatThrownBy(() -> admin.disable(999_999)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theLastAdminStaysEvenWhenTwoAdminsRemoveEachOtherAtOnce() throws Exception {
        fixtures.logIn("admin@example.com", AccountFixtures.PASSWORD);
        assertThatThrownBy(() -> admin.removeAdmin(id("admin@example.com"))).isInstanceOfSatisfying(
                NotAllowedException.class, refused -> assertThat(refused.messageKey()).isEqualTo("admin.last-admin"));
        admin.makeAdmin(id("minji@example.com"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = threads.submit(() -> removeAs(start, "admin@example.com", "minji@example.com"));
            Future<?> second = threads.submit(() -> removeAs(start, "minji@example.com", "admin@example.com"));
            start.countDown();
            List<Object> outcomes = List.of(outcome(first), outcome(second));

            assertThat(outcomes).containsOnlyOnce("removed");
            assertThat(accounts.countByRoleAndDisabledAtIsNull(Role.ADMIN)).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void makingAnAdminEndsTheirSessionsSoTheNewRightsComeWithTheNextSignIn() {
        String minjisSession = signedInSession("minji@example.com");
        fixtures.logIn("admin@example.com", AccountFixtures.PASSWORD);

        admin.makeAdmin(id("minji@example.com"));

        assertThat(sessions.getSessionInformation(minjisSession).isExpired()).isTrue();
        fixtures.logIn("minji@example.com", AccountFixtures.PASSWORD);
        assertThat(admin.accounts("", 0).total()).isEqualTo(2);
    }

    @Test
    void aResetLinkWorksOnceWithinADayAndEndsEverySession() {
        String minjisSession = signedInSession("minji@example.com");
        fixtures.logIn("admin@example.com", AccountFixtures.PASSWORD);
        OneTimeLink link = admin.issuePasswordReset(id("minji@example.com"));
        AccountFixtures.logOut();

        assertThat(passwordResets.accountOf(link.secret())).contains("minji@example.com");
        assertThat(jdbc.queryForObject("select count(*) from password_reset where secret_hash = ?", Integer.class,
                link.secret())).as("only a digest is stored").isZero();
        assertThatThrownBy(() -> passwordResets.reset(link.secret(), "short")).isInstanceOfSatisfying(
                InvalidInputException.class, refused -> assertThat(refused.problems())
                        .containsExactly(new FieldProblem("newPassword", "password.too-short")));
        passwordResets.reset(link.secret(), "river stones at midnight");

        assertThat(sessions.getSessionInformation(minjisSession).isExpired()).isTrue();
        assertThat(fixtures.logIn("minji@example.com", "river stones at midnight").isAuthenticated()).isTrue();
        assertThatThrownBy(() -> passwordResets.reset(link.secret(), "and another one again")).isInstanceOfSatisfying(
                InvalidInputException.class, refused -> assertThat(refused.problems())
                        .containsExactly(new FieldProblem("link", "password-reset.link-invalid")));
        assertThat(passwordResets.accountOf(link.secret())).isEmpty();
    }

    @Test
    void aResetLinkExpiresAfterADayAndANewOneReplacesTheOld() {
        fixtures.logIn("admin@example.com", AccountFixtures.PASSWORD);
        OneTimeLink older = admin.issuePasswordReset(id("minji@example.com"));
        OneTimeLink newer = admin.issuePasswordReset(id("minji@example.com"));

        assertThat(passwordResets.accountOf(older.secret())).isEmpty();
        clock.advance(Duration.ofHours(24));
        assertThat(passwordResets.accountOf(newer.secret())).isEmpty();
        assertThatThrownBy(() -> passwordResets.reset(newer.secret(), "river stones at midnight"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(passwordResets.accountOf("not a link")).isEmpty();
    }

    @Test
    void registrationModesDecideWhoMayOpenAnAccount() {
        fixtures.logIn("admin@example.com", AccountFixtures.PASSWORD);
        InstanceSettingsView open = admin.instanceSettings();
        InstanceSettingsView inviteOnly = admin.changeRegistrationMode(RegistrationMode.INVITE_ONLY, open.version());
        assertThatThrownBy(() -> admin.changeRegistrationMode(RegistrationMode.CLOSED, open.version()))
                .as("a second tab's stale choice").isInstanceOf(ConcurrentEditException.class);
        OneTimeLink invite = admin.issueSignUpInvite();
        AccountFixtures.logOut();

        assertThat(accountService.signUpAccess(null)).isEqualTo(new SignUpAccess(RegistrationMode.INVITE_ONLY, false));
        assertThat(accountService.signUpAccess(invite.secret()).open()).isTrue();
        assertSignUpRefused(new SignUpRequest("nolink@example.com", "No link", AccountFixtures.PASSWORD),
                "account.sign-up.invite-needed");
        accountService.signUp(new SignUpRequest("invited@example.com", "Invited", AccountFixtures.PASSWORD,
                invite.secret()), Locale.KOREAN);
        assertSignUpRefused(new SignUpRequest("again@example.com", "Again", AccountFixtures.PASSWORD,
                invite.secret()), "account.sign-up.invite-needed");
        assertThat(accountService.signUpAccess(invite.secret()).open()).as("used").isFalse();

        fixtures.logIn("admin@example.com", AccountFixtures.PASSWORD);
        admin.changeRegistrationMode(RegistrationMode.CLOSED, inviteOnly.version());
        AccountFixtures.logOut();
        assertSignUpRefused(new SignUpRequest("closed@example.com", "Closed", AccountFixtures.PASSWORD),
                "account.sign-up.closed");
        assertThat(accounts.count()).isEqualTo(3);
    }

    @Test
    void theFirstAccountOfAnEmptyInstanceIsLetInWhateverTheMode() {
        jdbc.update("update instance_settings set registration_mode = 'CLOSED'");
        database.reset();
        jdbc.update("update instance_settings set registration_mode = 'CLOSED'");

        assertThat(accountService.signUpAccess(null).open()).isTrue();
        fixtures.signUp("first@example.com", "First");

        assertThat(accounts.findByEmail("first@example.com").orElseThrow().getRole()).isEqualTo(Role.ADMIN);
        assertThat(accountService.signUpAccess(null).open()).isFalse();
    }

    @Test
    void everyAdminActionIsLoggedWithTheAdminAndNoSecret() {
        fixtures.logIn("admin@example.com", AccountFixtures.PASSWORD);
        long minji = id("minji@example.com");
        admin.disable(minji);
        admin.enable(minji);
        OneTimeLink reset = admin.issuePasswordReset(minji);
        OneTimeLink invite = admin.issueSignUpInvite();
        admin.makeAdmin(minji);
        admin.removeAdmin(minji);

        List<SecurityEntry> entries = securityLog.recent(Set.of(SecurityEventKind.ACCOUNT_DISABLED,
                SecurityEventKind.ACCOUNT_ENABLED, SecurityEventKind.PASSWORD_RESET_ISSUED,
                SecurityEventKind.SIGN_UP_INVITE_ISSUED, SecurityEventKind.ADMIN_GRANTED,
                SecurityEventKind.ADMIN_REVOKED), null, 50);

        assertThat(entries).extracting(SecurityEntry::kind).containsExactlyInAnyOrder(
                SecurityEventKind.ACCOUNT_DISABLED, SecurityEventKind.ACCOUNT_ENABLED,
                SecurityEventKind.PASSWORD_RESET_ISSUED, SecurityEventKind.SIGN_UP_INVITE_ISSUED,
                SecurityEventKind.ADMIN_GRANTED, SecurityEventKind.ADMIN_REVOKED);
        String everything = jdbc.queryForList("select coalesce(detail, '') from security_event", String.class)
                .toString();
        assertThat(everything).contains("by admin " + id("admin@example.com"))
                .doesNotContain(reset.secret(), invite.secret());
    }

    private String removeAs(CountDownLatch start, String adminEmail, String other) {
        try {
            fixtures.logIn(adminEmail, AccountFixtures.PASSWORD);
            start.await();
            admin.removeAdmin(id(other));
            return "removed";
        } catch (NotAllowedException refused) {
            return refused.messageKey();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } finally {
            AccountFixtures.logOut();
        }
    }

    private static Object outcome(Future<?> future) throws Exception {
        return future.get();
    }

    private void assertSignUpRefused(SignUpRequest request, String key) {
        assertThatThrownBy(() -> accountService.signUp(request, Locale.KOREAN)).isInstanceOfSatisfying(
                InvalidInputException.class, refused -> assertThat(refused.problems())
                        .containsExactly(new FieldProblem("email", key)));
    }

    /** The id of a session the person signed in with, as the registry knows it; read it again to see its state. */
    private String signedInSession(String email) {
        var signedIn = fixtures.logIn(email, AccountFixtures.PASSWORD);
        String sessionId = "session-of-" + email;
        sessions.registerNewSession(sessionId, signedIn.getPrincipal());
        AccountFixtures.logOut();
        assertThat(sessions.getSessionInformation(sessionId).isExpired()).isFalse();
        return sessionId;
    }

    private long id(String email) {
        return accounts.findByEmail(email).orElseThrow().getId();
    }
}
