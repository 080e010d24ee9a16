package app.waypoint.account.ui;

import app.waypoint.base.domain.Language;
import app.waypoint.account.service.AccountService;
import app.waypoint.base.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class LanguageSwitchTest extends KaribuTest {

    @Autowired AccountService accountService;

    @Test
    void aKoreanBrowserGetsKoreanUntilTheAccountSaysOtherwise() {
        accounts.signUpAndLogIn("jun@example.com");
        accountService.changeLanguage(null);
        openBrowser(Locale.KOREAN);

        UI.getCurrent().navigate("");

        assertThat(_get(H1.class).getText()).isEqualTo("안녕하세요, jun님");
    }

    @Test
    void otherBrowsersGetEnglish() {
        accounts.signUpAndLogIn("jun@example.com");
        accountService.changeLanguage(null);
        openBrowser(Locale.GERMAN);

        UI.getCurrent().navigate("");

        assertThat(_get(H1.class).getText()).isEqualTo("Hello, jun");
    }

    @Test
    void theAppBarSwitchChangesEveryLabelAndRemembersIt() {
        accounts.signUpAndLogIn("jun@example.com");
        accountService.changeLanguage(Language.EN);
        openBrowser();
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactly("Home", "Roadmaps", "Skills", "Projects", "Interview prep", "Jobs", "Groups", "Settings");

        _click(_get(LanguageSwitch.class).getContent());

        assertThat(_get(H1.class).getText()).isEqualTo("안녕하세요, jun님");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactly("홈", "로드맵", "스킬", "프로젝트", "면접 준비", "지원", "스터디", "설정");
        assertThat(accountService.currentProfile().language()).isEqualTo(Language.KO);
    }

    @Test
    void theLoginPageSwitchWorksBeforeSigningIn() {
        openBrowser();
        UI.getCurrent().navigate("login");

        _click(_get(LanguageSwitch.class).getContent());

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ko");
        assertThat(String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n"))).contains("로그인");
    }
}
