package app.waypoint.base.ui;

import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.account.service.AccountService;
import app.waypoint.base.domain.Language;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.security.Principal;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

/**
 * Browserless UI tests: the real Spring context, services and database, with Vaadin simulated on the
 * server. The simulated request answers "who is this?" from Spring Security, so view access rules apply
 * exactly as in the app. The context is the same as the browser journeys' (one context, one database for
 * the whole run: Spring Security's context holder is global, so two live contexts would fight over it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("app.waypoint");

    @Autowired protected ApplicationContext context;
    @Autowired protected AccountFixtures accounts;
    @Autowired protected TestDatabase database;
    @Autowired protected AccountService accountService;

    @BeforeEach
    void emptyDatabase() {
        database.reset();
        SecurityContextHolder.clearContext();
    }

    /** Opens an account, signs in and sets the account's language, which wins over the browser's. */
    protected void signUpAndLogIn(String email, Language language) {
        accounts.signUpAndLogIn(email);
        accountService.changeLanguage(language);
    }

    /** Opens a browser tab, as whoever is signed in now (or nobody), with a browser in this language. */
    protected void openBrowser(Locale browserLocale) {
        MockVaadin.setMockRequestFactory(session -> new SpringSecurityAwareRequest(session, browserLocale));
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    protected void openBrowser() {
        openBrowser(Locale.ENGLISH);
    }

    /**
     * Runs what a browser would send in one request, with Spring's request attributes bound as the servlet
     * filter binds them in the running app: what is kept per request is kept for that long and no longer.
     */
    protected void inOneRequest(Runnable request) {
        ServletRequestAttributes attributes = new ServletRequestAttributes(new MockHttpServletRequest());
        RequestContextHolder.setRequestAttributes(attributes);
        try {
            request.run();
        } finally {
            attributes.requestCompleted();
            RequestContextHolder.resetRequestAttributes();
        }
    }

    @AfterEach
    void closeBrowser() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    private static final class SpringSecurityAwareRequest extends FakeRequest {

        private final Locale locale;

        SpringSecurityAwareRequest(jakarta.servlet.http.HttpSession session, Locale locale) {
            super(session);
            this.locale = locale;
        }

        @Override
        public Principal getUserPrincipal() {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication != null && authentication.isAuthenticated() ? authentication : null;
        }

        @Override
        public boolean isUserInRole(String role) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication != null && authentication.getAuthorities().stream()
                    .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role));
        }

        @Override
        public Locale getLocale() {
            return locale;
        }

        @Override
        public Enumeration<Locale> getLocales() {
            return Collections.enumeration(List.of(locale));
        }
    }
}
