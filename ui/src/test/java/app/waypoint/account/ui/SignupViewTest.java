package app.waypoint.account.ui;

import app.waypoint.account.domain.AccountRepository;
import app.waypoint.account.domain.Role;
import app.waypoint.base.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class SignupViewTest extends KaribuTest {

    private static final String GOOD_PASSWORD = "paper planes over seoul";

    @Autowired AccountRepository accountRepository;

    private SignupView view;

    @BeforeEach
    void openSignUp() {
        openBrowser(Locale.ENGLISH);
        UI.getCurrent().navigate("signup");
        view = _get(SignupView.class);
    }

    @Test
    void everyBrokenRuleIsShownAtItsFieldAndNothingIsStored() {
        fill("not-an-email", "", "short", "different");

        _click(view.create);

        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.displayName.getErrorMessage()).isEqualTo("Enter a display name.");
        assertThat(view.password.getErrorMessage()).isEqualTo("Use at least 12 characters.");
        assertThat(view.confirmation.getErrorMessage()).isEqualTo("The passwords do not match.");
        assertThat(accountRepository.count()).isZero();
        assertThat(view.email.getValue()).as("nothing typed is lost").isEqualTo("not-an-email");
    }

    @Test
    void commonAndEmailBasedPasswordsAreExplained() {
        fill("haneul@example.com", "Haneul", "123qweasdzxc", "123qweasdzxc");
        _click(view.create);
        assertThat(view.password.getErrorMessage())
                .isEqualTo("This password is among the most common ones. Choose something less predictable.");

        fill("haneul@example.com", "Haneul", "haneul-loves-python", "haneul-loves-python");
        _click(view.create);
        assertThat(view.password.getErrorMessage()).isEqualTo("Do not build the password on your email address.");
        assertThat(accountRepository.count()).isZero();
    }

    @Test
    void aTakenEmailIsReportedAtTheEmailField() {
        accounts.signUp("taken@example.com", "First");

        fill("TAKEN@example.com", "Second", GOOD_PASSWORD, GOOD_PASSWORD);
        _click(view.create);

        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).isEqualTo("An account with this email already exists. Log in instead?");
        assertThat(accountRepository.count()).isEqualTo(1);
    }

    @Test
    void aValidSignUpOpensTheAccountAndSignsIn() {
        fill("new.person@example.com", "New Person", GOOD_PASSWORD, GOOD_PASSWORD);

        _click(view.create);

        var account = accountRepository.findByEmail("new.person@example.com").orElseThrow();
        assertThat(account.getRole()).as("first account on an empty instance").isEqualTo(Role.ADMIN);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        assertThat(authentication).isNotNull();
        assertThat(authentication.getName()).isEqualTo("new.person@example.com");
    }

    @Test
    void theDisplayNameFieldCountsCharactersAsAPersonSeesThem() {
        String fortyEmoji = "🐯".repeat(40); // 80 UTF-16 units, 40 characters: within the 60 allowed
        fill("emoji@example.com", "🐯".repeat(61), GOOD_PASSWORD, GOOD_PASSWORD);
        _click(view.create);
        assertThat(view.displayName.getErrorMessage()).isEqualTo("A display name can have at most 60 characters.");
        assertThat(accountRepository.count()).isZero();

        _setValue(view.displayName, fortyEmoji);
        _click(view.create);

        assertThat(view.displayName.isInvalid()).isFalse();
        assertThat(accountRepository.findByEmail("emoji@example.com").orElseThrow().getDisplayName())
                .isEqualTo(fortyEmoji);
    }

    @Test
    void theFormSpeaksKoreanToAKoreanBrowser() {
        openBrowser(Locale.KOREAN);
        UI.getCurrent().navigate("signup");
        view = _get(SignupView.class);
        fill("", "", "", "");

        _click(view.create);

        assertThat(view.email.getLabel()).isEqualTo("이메일");
        assertThat(view.displayName.getErrorMessage()).isEqualTo("표시 이름을 입력하세요.");
        assertThat(view.password.getErrorMessage()).isEqualTo("비밀번호를 입력하세요.");
    }

    private void fill(String email, String displayName, String password, String confirmation) {
        _setValue(view.email, email);
        _setValue(view.displayName, displayName);
        _setValue(view.password, password);
        _setValue(view.confirmation, confirmation);
    }
}
