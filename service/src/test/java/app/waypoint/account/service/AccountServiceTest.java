package app.waypoint.account.service;

import app.waypoint.StatementCounter;
import app.waypoint.TestDatabase;
import app.waypoint.account.domain.AccountRepository;
import app.waypoint.base.domain.Language;
import app.waypoint.account.domain.Role;
import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class AccountServiceTest {

    @Autowired AccountService accountService;
    @Autowired AccountFixtures fixtures;
    @Autowired AccountRepository accounts;
    @Autowired SessionRegistry sessions;
    @Autowired TestDatabase database;
    @Autowired StatementCounter statements;

    @BeforeEach
    void emptyDatabase() {
        database.reset();
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    @Test
    void firstAccountBecomesAdminAndLaterOnesUsers() {
        fixtures.signUp("first@example.com", "First");
        fixtures.signUp("second@example.com", "Second");

        assertThat(accounts.findByEmail("first@example.com").orElseThrow().getRole()).isEqualTo(Role.ADMIN);
        assertThat(accounts.findByEmail("second@example.com").orElseThrow().getRole()).isEqualTo(Role.USER);
    }

    @Test
    void signUpStoresAnArgon2idHashAndTheLanguageInUse() {
        fixtures.signUp("  Mixed.Case@Example.COM ", " 민지 ");

        var account = accounts.findByEmail("mixed.case@example.com").orElseThrow();
        assertThat(account.getPasswordHash()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$")
                .doesNotContain(AccountFixtures.PASSWORD);
        assertThat(account.getDisplayName()).isEqualTo("민지");
        assertThat(account.getLanguage()).isEqualTo(Language.KO);
    }

    @Test
    void anEmailIsTakenWhateverItsCase() {
        fixtures.signUp("jiwoo@example.com", "Jiwoo");

        assertThatThrownBy(() -> fixtures.signUp("JIWOO@Example.com", "Other"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("email", "account.email.taken")));
        assertThat(accounts.count()).isEqualTo(1);
    }

    @Test
    void passwordsAreMeasuredInCharactersNotBytes() {
        String koreanAndEmoji = "우리는함께배운다🚀🚀🚀🚀";  // 12 characters, many more UTF-16 units and bytes
        accountService.signUp(new SignUpRequest("hana@example.com", "Hana", koreanAndEmoji), Locale.KOREAN);

        assertThat(fixtures.logIn("hana@example.com", koreanAndEmoji).isAuthenticated()).isTrue();
    }

    @Test
    void eachPasswordRuleHasItsOwnMessage() {
        assertPasswordRefused("short-pass1", "password.too-short");              // 11 characters
        assertPasswordRefused("a".repeat(129), "password.too-long");
        assertPasswordRefused("🚀".repeat(129), "password.too-long");
        assertPasswordRefused("123qweasdzxc", "password.common");                 // on the common list
        assertPasswordRefused("123QWEASDZXC", "password.common");
        assertPasswordRefused("my-dolphin-is-great", "password.contains-email");  // email is dolphin@…
        assertPasswordRefused("", "password.required");
        assertThat(accounts.count()).isZero();
    }

    @Test
    void passwordsOfExactlyTheLimitsAreAccepted() {
        accountService.signUp(new SignUpRequest("min@example.com", "Min", "abcdefghijk!"), Locale.ENGLISH);
        accountService.signUp(new SignUpRequest("max@example.com", "Max", "x".repeat(128)), Locale.ENGLISH);

        assertThat(accounts.count()).isEqualTo(2);
    }

    @Test
    void blankAndMalformedFieldsAreAllReportedAtOnce() {
        assertThatThrownBy(() -> accountService.signUp(new SignUpRequest("  ", " ", ""), Locale.ENGLISH))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey)
                        .contains("account.email.required", "account.display-name.required", "password.required"));
        assertThatThrownBy(() -> accountService.signUp(
                new SignUpRequest("not-an-email", "Name", AccountFixtures.PASSWORD), Locale.ENGLISH))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("email", "account.email.invalid")));
        assertThat(accounts.count()).isZero();
    }

    @Test
    void tenThousandCharacterInputsAreRefusedCleanly() {
        String huge = "가".repeat(10_000);
        assertThatThrownBy(() -> accountService.signUp(
                new SignUpRequest(huge + "@example.com", huge, huge), Locale.KOREAN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey)
                        .contains("account.email.too-long", "account.display-name.too-long", "password.too-long"));
        assertThat(accounts.count()).isZero();

        fixtures.signUpAndLogIn("long@example.com");
        var profile = accountService.currentProfile();
        assertThatThrownBy(() -> accountService.updateProfile(new ProfileUpdate(huge, huge, null,
                profile.timeZone(), profile.version())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey)
                        .containsExactly("account.display-name.too-long", "account.target-role.too-long"));
        assertThat(accountService.currentProfile()).isEqualTo(profile);
    }

    @Test
    void profileChangesAreSavedForTheSignedInAccountOnly() {
        fixtures.signUp("other@example.com", "Other");
        fixtures.signUpAndLogIn("me@example.com");
        var profile = accountService.currentProfile();

        var saved = accountService.updateProfile(new ProfileUpdate("새 이름", "AI 백엔드 개발자",
                LocalDate.of(2027, 3, 1), ZoneId.of("Europe/Berlin"), profile.version()));
        accountService.changeLanguage(Language.EN);
        accountService.changeDarkMode(true);

        var reloaded = accountService.currentProfile();
        assertThat(reloaded.displayName()).isEqualTo("새 이름");
        assertThat(reloaded.targetRole()).isEqualTo("AI 백엔드 개발자");
        assertThat(reloaded.targetDate()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(reloaded.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(reloaded.language()).isEqualTo(Language.EN);
        assertThat(reloaded.darkMode()).isTrue();
        assertThat(reloaded.version()).isEqualTo(saved.version()).isGreaterThan(profile.version());
        assertThat(accounts.findByEmail("other@example.com").orElseThrow().getDisplayName()).isEqualTo("Other");
    }

    @Test
    void aSaveFromAStaleTabIsRefusedAndChangesNothing() {
        fixtures.signUpAndLogIn("tabs@example.com");
        var firstTab = accountService.currentProfile();
        var secondTab = accountService.currentProfile();
        accountService.updateProfile(new ProfileUpdate("From tab one", null, null, firstTab.timeZone(),
                firstTab.version()));

        assertThatThrownBy(() -> accountService.updateProfile(new ProfileUpdate("From tab two", null, null,
                secondTab.timeZone(), secondTab.version())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(accountService.currentProfile().displayName()).isEqualTo("From tab one");
    }

    @Test
    void switchingLanguageOrDarkModeDoesNotMakeAnOpenProfileFormStale() {
        fixtures.signUpAndLogIn("switch@example.com");
        var form = accountService.currentProfile();
        accountService.changeDarkMode(true);
        accountService.changeLanguage(null);

        accountService.updateProfile(new ProfileUpdate("Still saves", null, null, form.timeZone(), form.version()));

        assertThat(accountService.currentProfile().displayName()).isEqualTo("Still saves");
        assertThat(accountService.currentProfile().darkMode()).isTrue();
    }

    @Test
    void theRoadmapFilterIsRememberedWithoutMakingTheProfileFormStaleAndOnlyKnownShapesAreTaken() {
        fixtures.signUpAndLogIn("filter@example.com");
        var form = accountService.currentProfile();
        assertThat(form.roadmapFilter()).isNull();

        accountService.rememberRoadmapFilter("OPEN");
        assertThat(accountService.currentProfile().roadmapFilter()).isEqualTo("OPEN");
        accountService.updateProfile(new ProfileUpdate("Still saves", null, null, form.timeZone(), form.version()));

        assertThatThrownBy(() -> accountService.rememberRoadmapFilter("open; drop")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> accountService.rememberRoadmapFilter("X".repeat(11))).isInstanceOf(InvalidInputException.class);
        assertThat(accountService.currentProfile().roadmapFilter()).isEqualTo("OPEN");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() {
        fixtures.signUpAndLogIn("pw@example.com");

        assertThatThrownBy(() -> accountService.changePassword("wrong password!!", "a brand new passphrase"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("currentPassword", "password.current-wrong")));
        assertThatThrownBy(() -> accountService.changePassword(AccountFixtures.PASSWORD, "too short"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("newPassword", "password.too-short")));
        assertThat(fixtures.logIn("pw@example.com", AccountFixtures.PASSWORD).isAuthenticated()).isTrue();

        accountService.changePassword(AccountFixtures.PASSWORD, "a brand new passphrase");

        assertThat(fixtures.logIn("pw@example.com", "a brand new passphrase").isAuthenticated()).isTrue();
        assertThatThrownBy(() -> fixtures.logIn("pw@example.com", AccountFixtures.PASSWORD))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void theCurrentPasswordCheckIsThrottledSoASessionCannotGuessIt() {
        fixtures.signUpAndLogIn("guess@example.com");
        for (int i = 0; i < AttemptRule.CURRENT_PASSWORD.max(); i++) {
            assertThatThrownBy(() -> accountService.changePassword("wrong password!!", "a brand new passphrase"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .containsExactly(new FieldProblem("currentPassword", "password.current-wrong")));
        }

        assertThatThrownBy(() -> accountService.changePassword(AccountFixtures.PASSWORD, "a brand new passphrase"))
                .as("even the right one, for a while")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("currentPassword", "password.current-throttled")));
        assertThat(fixtures.logIn("guess@example.com", AccountFixtures.PASSWORD).isAuthenticated())
                .as("the password is unchanged").isTrue();
    }

    @Test
    void oneAddressOpensOnlySoManyAccountsAnHour() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("203.0.113.9");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            for (int i = 0; i < AttemptRule.SIGN_UP_ADDRESS.max(); i++) {
                fixtures.signUp("member" + i + "@example.com", "Member");
            }
            assertThatThrownBy(() -> fixtures.signUp("one-more@example.com", "One more"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .containsExactly(new FieldProblem("email", "account.sign-up.throttled")));
            assertThat(accounts.findByEmail("one-more@example.com")).isEmpty();

            request.setRemoteAddr("198.51.100.4");
            fixtures.signUp("elsewhere@example.com", "Elsewhere");
            assertThat(accounts.findByEmail("elsewhere@example.com")).isPresent();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    @Test
    void changingThePasswordEndsTheAccountsOtherSessions() {
        var me = fixtures.signUpAndLogIn("sessions@example.com");
        var someoneElse = fixtures.signUpAndLogIn("else@example.com");
        fixtures.logIn("sessions@example.com", AccountFixtures.PASSWORD);
        sessions.registerNewSession("phone-session", me.getPrincipal());
        sessions.registerNewSession("laptop-session", me.getPrincipal());
        sessions.registerNewSession("their-session", someoneElse.getPrincipal());

        accountService.changePassword(AccountFixtures.PASSWORD, "a brand new passphrase");

        assertThat(sessions.getSessionInformation("phone-session").isExpired()).isTrue();
        assertThat(sessions.getSessionInformation("laptop-session").isExpired()).isTrue();
        assertThat(sessions.getSessionInformation("their-session").isExpired()).isFalse();
    }

    @Test
    void aRequestReadsTheProfileOnceAndSeesItsOwnChanges() {
        fixtures.signUpAndLogIn("once@example.com");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        try {
            statements.reset();
            AccountProfile first = accountService.currentProfile();
            assertThat(accountService.currentProfile()).isSameAs(first);
            assertThat(statements.count()).as("%s", statements.statements()).isEqualTo(1);

            accountService.changeLanguage(Language.KO);
            assertThat(accountService.currentProfile().language()).isEqualTo(Language.KO);
            ProfileUpdate kept = accountService.currentProfile().toUpdate();
            AccountProfile renamed = accountService.updateProfile(new ProfileUpdate("Renamed", kept.targetRole(),
                    kept.targetDate(), kept.timeZone(), kept.version()));
            assertThat(accountService.currentProfile()).isEqualTo(renamed);

            fixtures.signUpAndLogIn("other@example.com");
            assertThat(accountService.currentProfile().email()).as("another sign-in in the same request")
                    .isEqualTo("other@example.com");
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        statements.reset();
        accountService.currentProfile();
        accountService.currentProfile();
        assertThat(statements.count()).as("outside a request nothing is kept").isEqualTo(2);
    }

    @Test
    void withoutASignedInAccountProfilesAreRefused() {
        assertThatThrownBy(() -> accountService.currentProfile())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> accountService.changeDarkMode(true))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private void assertPasswordRefused(String password, String expectedKey) {
        assertThatThrownBy(() -> accountService.signUp(
                new SignUpRequest("dolphin@example.com", "Dolphin", password), Locale.ENGLISH))
                .as(expectedKey)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("password", expectedKey)));
    }
}
