package app.waypoint.account.ui;

import app.waypoint.account.service.LoginAuthenticationProvider;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in from inside a screen (right after sign-up), the way the login form would: same
 * checks, a new session id, the session known to the registry.
 */
@Component
class SessionLogin {

    private final LoginAuthenticationProvider login;
    private final SessionRegistry sessions;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SessionLogin(LoginAuthenticationProvider login, SessionRegistry sessions) {
        this.login = login;
        this.sessions = sessions;
    }

    void logIn(String email, String password) {
        Authentication authentication = login.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, password));
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        contexts.saveContext(context, request, VaadinServletResponse.getCurrent().getHttpServletResponse());
        sessions.registerNewSession(request.getSession().getId(), authentication.getPrincipal());
    }
}
