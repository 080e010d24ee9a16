package app.waypoint.base.ui;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.WrappedSession;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a signed-out person was going when they were sent to log in (the framework keeps it in the session),
 * so that signing up, like logging in, takes them there, and an invite they opened is not lost on the way.
 */
public final class PendingDestination {

    private static final Pattern INVITE = Pattern.compile("^/?groups/join/([A-Za-z0-9_-]+)/?$");
    /** Only a path inside the app, never another site. */
    private static final Pattern IN_APP = Pattern.compile("^/?[A-Za-z0-9_/-]*(\\?[^\\s]*)?$");

    private PendingDestination() {
    }

    /** The app path the person wanted, if any. */
    public static Optional<String> path() {
        WrappedSession session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        Object stored = session == null ? null : session.getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        if (!(stored instanceof String path) || path.startsWith("//") || !IN_APP.matcher(path).matches()) {
            return Optional.empty();
        }
        return Optional.of(path);
    }

    /** The code of the invite the person opened before signing in, if that is where they were going. */
    public static Optional<String> inviteCode() {
        return path().map(INVITE::matcher).filter(Matcher::matches).map(match -> match.group(1));
    }

    /** Takes the destination, so it leads there once: "./" when there was none. */
    public static String take() {
        String target = path().map(path -> path.startsWith("/") ? "." + path : "./" + path).orElse("./");
        VaadinSession.getCurrent().getSession().removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        return target;
    }
}
