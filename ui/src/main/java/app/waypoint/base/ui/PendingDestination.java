package app.waypoint.base.ui;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.WrappedSession;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a signed-out person was going when they were sent to log in (the framework keeps it in the session),
 * so that signing up, like logging in, takes them there, and an invite they opened is not lost on the way.
 */
public final class PendingDestination {

    /** Where Spring Security's session request cache keeps the request it interrupted. */
    private static final String SPRING_SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";
    private static final Pattern INVITE = Pattern.compile("^/?groups/join/([A-Za-z0-9_-]+)/?$");
    /** Only a path inside the app, never another site. */
    private static final Pattern IN_APP = Pattern.compile("^/?[A-Za-z0-9_/-]*(\\?[^\\s]*)?$");

    private PendingDestination() {
    }

    /**
     * The app path the person wanted, if any: Spring Security keeps it when a signed-out page load was sent to
     * log in, the framework when an in-app navigation was.
     */
    public static Optional<String> path() {
        WrappedSession session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        if (session == null) {
            return Optional.empty();
        }
        Object stored = session.getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        if (stored == null && session.getAttribute(SPRING_SAVED_REQUEST) instanceof DefaultSavedRequest saved) {
            String uri = saved.getRequestURI().substring(saved.getContextPath().length());
            stored = saved.getQueryString() == null ? uri : uri + "?" + saved.getQueryString();
        }
        if (!(stored instanceof String path) || path.startsWith("//") || !IN_APP.matcher(path).matches()) {
            return Optional.empty();
        }
        return Optional.of(path.startsWith("/") ? path.substring(1) : path);
    }

    /** The code of the invite the person opened before signing in, if that is where they were going. */
    public static Optional<String> inviteCode() {
        return path().map(INVITE::matcher).filter(Matcher::matches).map(match -> match.group(1));
    }

    /** Takes the destination, so it leads there once: "./" when there was none. */
    public static String take() {
        String target = "./" + path().orElse("");
        WrappedSession session = VaadinSession.getCurrent().getSession();
        session.removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        session.removeAttribute(SPRING_SAVED_REQUEST);
        return target;
    }
}
