package app.waypoint.account.ui;

import app.waypoint.base.domain.Language;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.account.service.AccountService;
import app.waypoint.account.service.ProfileUpdate;
import app.waypoint.today.ui.HomeView;
import app.waypoint.base.ui.KaribuTest;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.page.ColorScheme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneId;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class SettingsViewTest extends KaribuTest {

    @Autowired AccountService accountService;

    private SettingsView view;

    @BeforeEach
    void openSettings() {
        accounts.signUpAndLogIn("mina@example.com");
        accountService.changeLanguage(Language.EN);
        openBrowser();
        UI.getCurrent().navigate("settings");
        view = _get(SettingsView.class);
    }

    @Test
    void profileChangesAreSavedAndShownOnTheHomePage() {
        _setValue(view.profile.displayName, "Mina Kim");
        _setValue(view.profile.targetRole, "AI backend developer");
        _setValue(view.profile.targetDate, LocalDate.of(2027, 6, 30));
        _setValue(view.profile.timeZone, ZoneId.of("Asia/Seoul"));

        _click(view.profile.save);

        NotificationsKt.expectNotifications("Profile saved.");
        var saved = accountService.currentProfile();
        assertThat(saved.displayName()).isEqualTo("Mina Kim");
        assertThat(saved.targetRole()).isEqualTo("AI backend developer");
        assertThat(saved.targetDate()).isEqualTo(LocalDate.of(2027, 6, 30));
        UI.getCurrent().navigate("");
        assertThat(_get(HomeView.class).getElement().getTextRecursively()).contains("AI backend developer");
    }

    @Test
    void aBlankOrOverlongNameIsRefusedAtTheField() {
        _setValue(view.profile.displayName, "");
        _click(view.profile.save);
        assertThat(view.profile.displayName.getErrorMessage()).isEqualTo("Enter a display name.");

        _setValue(view.profile.displayName, "가".repeat(10_000));
        _click(view.profile.save);
        assertThat(view.profile.displayName.getErrorMessage())
                .isEqualTo("A display name can have at most 60 characters.");
        assertThat(accountService.currentProfile().displayName()).isEqualTo("mina");
    }

    @Test
    void aSaveFromAStaleTabIsRefusedWithoutLosingWhatWasTyped() {
        var otherTab = accountService.currentProfile();
        accountService.updateProfile(new ProfileUpdate("Saved elsewhere", null, null, otherTab.timeZone(),
                otherTab.version()));

        _setValue(view.profile.displayName, "Typed here");
        _click(view.profile.save);

        assertThat(NotificationsKt.getNotifications()).hasSize(1);
        assertThat(accountService.currentProfile().displayName()).isEqualTo("Saved elsewhere");
        assertThat(view.profile.displayName.getValue()).isEqualTo("Typed here");

        NotificationsKt.clearNotifications();
        _click(view.profile.save);
        assertThat(accountService.currentProfile().displayName()).as("a deliberate second save wins")
                .isEqualTo("Typed here");
    }

    @Test
    void theWrongCurrentPasswordIsRefusedAtItsField() {
        _setValue(view.password.current, "not my password at all");
        _setValue(view.password.newPassword, "a fresh long passphrase");
        _setValue(view.password.confirmation, "a fresh long passphrase");

        _click(view.password.change);

        assertThat(view.password.current.getErrorMessage()).isEqualTo("The current password is not correct.");
        assertThat(accounts.logIn("mina@example.com", AccountFixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void recentSignInsShowTheFailedAttemptsToo() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.logIn("mina@example.com", "a guess"))
                .isInstanceOf(org.springframework.security.authentication.BadCredentialsException.class);
        accounts.logIn("mina@example.com", AccountFixtures.PASSWORD);
        openBrowser();
        UI.getCurrent().navigate("settings");

        String shown = _get(SettingsView.class).signIns.list.getElement().getTextRecursively();

        assertThat(shown).contains("Signed in", "Wrong password");
        assertThat(shown.indexOf("Signed in")).as("newest first").isLessThan(shown.indexOf("Wrong password"));
    }

    @Test
    void thePasswordChangesWithTheCurrentOne() {
        _setValue(view.password.current, AccountFixtures.PASSWORD);
        _setValue(view.password.newPassword, "a fresh long passphrase");
        _setValue(view.password.confirmation, "a fresh long passphrase");

        _click(view.password.change);

        NotificationsKt.expectNotifications("Password changed. Other devices have been signed out.");
        assertThat(view.password.current.getValue()).isEmpty();
        assertThat(accounts.logIn("mina@example.com", "a fresh long passphrase").isAuthenticated()).isTrue();
    }

    @Test
    void switchingLanguageChangesTheLabelsAtOnceAndIsRemembered() {
        assertThat(_get(H1.class).getText()).isEqualTo("Settings");

        _setValue(view.appearance.language, Language.KO);

        assertThat(_get(H1.class).getText()).isEqualTo("설정");
        assertThat(accountService.currentProfile().language()).isEqualTo(Language.KO);
    }

    @Test
    void theAppBarToggleAndTheSettingsCheckboxAgree() {
        _click(_get(DarkModeToggle.class).getContent());

        assertThat(view.appearance.darkMode.getValue()).isTrue();
        assertThat(accountService.currentProfile().darkMode()).isTrue();
    }

    @Test
    void darkModeAppliesAtOnceAndIsRemembered() {
        _setValue(view.appearance.darkMode, true);

        assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(ColorScheme.Value.DARK);
        assertThat(accountService.currentProfile().darkMode()).isTrue();
    }
}
