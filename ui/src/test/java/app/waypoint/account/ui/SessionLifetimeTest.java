package app.waypoint.account.ui;

import app.waypoint.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SessionLifetimeTest {

    private final MutableClock clock = new MutableClock();
    private final SessionLifetime lifetime = new SessionLifetime(Duration.ofHours(12), clock);
    private final MockHttpSession session = new MockHttpSession();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSignedInSessionEndsTwelveHoursAfterSignInHoweverActiveItIs() throws Exception {
        signedIn();
        assertThat(pageLoad().getRedirectedUrl()).isNull();
        for (int hour = 1; hour < 12; hour++) {
            clock.advance(Duration.ofHours(1));
            assertThat(pageLoad().getRedirectedUrl()).as("hour " + hour).isNull();
        }
        clock.advance(Duration.ofMinutes(59));
        assertThat(pageLoad().getRedirectedUrl()).isNull();

        clock.advance(Duration.ofMinutes(1));
        MockHttpServletResponse response = pageLoad();

        assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void vaadinsOwnRequestsGoOnWithoutTheSessionSoTheBrowserLearnsItExpired() throws Exception {
        signedIn();
        pageLoad();
        clock.advance(Duration.ofHours(12));
        MockHttpServletRequest heartbeat = new MockHttpServletRequest("POST", "/");
        heartbeat.setSession(session);
        heartbeat.setParameter("v-r", "heartbeat");
        MockFilterChain chain = new MockFilterChain();

        lifetime.doFilter(heartbeat, new MockHttpServletResponse(), chain);

        assertThat(session.isInvalid()).isTrue();
        assertThat(chain.getRequest()).as("passed on").isNotNull();
    }

    @Test
    void heartbeatsAreNotUseSoAnOpenTabStillEndsAfterTheIdleTime() throws Exception {
        session.setMaxInactiveInterval((int) Duration.ofMinutes(30).toSeconds());
        signedIn();
        pageLoad();
        for (int minute = 1; minute < 30; minute++) {
            clock.advance(Duration.ofMinutes(1));
            assertThat(heartbeat().getRequest()).as("minute " + minute).isNotNull();
            assertThat(session.isInvalid()).as("minute " + minute).isFalse();
        }
        clock.advance(Duration.ofMinutes(1));

        MockFilterChain lastHeartbeat = heartbeat();

        assertThat(session.isInvalid()).isTrue();
        assertThat(lastHeartbeat.getRequest()).as("passed on, so Vaadin says the session expired").isNotNull();
    }

    @Test
    void useKeepsASessionGoingWithinItsLifetime() throws Exception {
        session.setMaxInactiveInterval((int) Duration.ofMinutes(30).toSeconds());
        signedIn();
        pageLoad();
        for (int quarter = 1; quarter < 40; quarter++) {
            clock.advance(Duration.ofMinutes(15));
            heartbeat();
            assertThat(pageLoad().getRedirectedUrl()).as("quarter " + quarter).isNull();
        }
    }

    @Test
    void anAnonymousSessionIsLeftAlone() throws Exception {
        pageLoad();
        clock.advance(Duration.ofHours(13));

        assertThat(pageLoad().getRedirectedUrl()).isNull();
        assertThat(session.isInvalid()).isFalse();
    }

    private void signedIn() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "someone", null, AuthorityUtils.createAuthorityList("ROLE_USER")));
    }

    private MockFilterChain heartbeat() throws Exception {
        MockHttpServletRequest heartbeat = new MockHttpServletRequest("POST", "/");
        heartbeat.setSession(session);
        heartbeat.setParameter("v-r", "heartbeat");
        MockFilterChain chain = new MockFilterChain();
        lifetime.doFilter(heartbeat, new MockHttpServletResponse(), chain);
        return chain;
    }

    private MockHttpServletResponse pageLoad() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/roadmap");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        lifetime.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
