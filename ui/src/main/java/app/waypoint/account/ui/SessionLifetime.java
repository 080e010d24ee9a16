package app.waypoint.account.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Ends a signed-in session a fixed time after sign-in, however active it is, and after the session's idle time
 * without use. A heartbeat is not use: the servlet container counts it as activity, so an open tab would
 * otherwise keep its session alive for ever. A page load goes to the login page, which says why; Vaadin's own
 * requests go on without a session, so the browser learns the session expired and goes to that page too.
 */
class SessionLifetime extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionLifetime.class);

    static final String SIGNED_IN_AT = SessionLifetime.class.getName() + ".signedInAt";
    static final String LAST_USED = SessionLifetime.class.getName() + ".lastUsed";
    static final String EXPIRED_PAGE = "/login?expired";

    private final Duration limit;
    private final Clock clock;

    SessionLifetime(Duration limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && isSignedIn(SecurityContextHolder.getContext().getAuthentication())) {
            Instant now = clock.instant();
            if (!(session.getAttribute(SIGNED_IN_AT) instanceof Instant)) {
                session.setAttribute(SIGNED_IN_AT, now);
                session.setAttribute(LAST_USED, now);
            } else if (isOver(session, now)) {
                log.info("A signed-in session ended: past its lifetime or idle time ({})", request.getParameter("v-r"));
                session.invalidate();
                SecurityContextHolder.clearContext();
                if (!isVaadinRequest(request)) {
                    response.sendRedirect(request.getContextPath() + EXPIRED_PAGE);
                    return;
                }
            } else if (!"heartbeat".equals(request.getParameter("v-r"))) {
                session.setAttribute(LAST_USED, now);
            }
        }
        chain.doFilter(request, response);
    }

    private boolean isOver(HttpSession session, Instant now) {
        Instant signedInAt = (Instant) session.getAttribute(SIGNED_IN_AT);
        Duration idle = Duration.ofSeconds(session.getMaxInactiveInterval());
        return !now.isBefore(signedInAt.plus(limit)) || (idle.isPositive()
                && session.getAttribute(LAST_USED) instanceof Instant lastUsed && !now.isBefore(lastUsed.plus(idle)));
    }

    /** Vaadin's own requests (a tap, a heartbeat) say which with this parameter; a page load has none. */
    static boolean isVaadinRequest(HttpServletRequest request) {
        return request.getParameter("v-r") != null;
    }

    /**
     * For a session ended elsewhere (a password change on another device): a page load goes to the login page;
     * a Vaadin request goes on without the session, so Vaadin tells the browser, which then goes there too.
     * A redirect would hand Vaadin's client a page where it expects its own answer.
     */
    static SessionInformationExpiredStrategy endedElsewhere() {
        return event -> {
            if (isVaadinRequest(event.getRequest())) {
                event.getFilterChain().doFilter(event.getRequest(), event.getResponse());
            } else {
                event.getResponse().sendRedirect(event.getRequest().getContextPath() + EXPIRED_PAGE);
            }
        };
    }

    private static boolean isSignedIn(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
