package app.waypoint.account.ui;

import app.waypoint.base.service.InvitedGroups;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** Email and password, posted to Spring Security. Failures never tell whether an email has an account. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends AuthPage implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    final Paragraph expired = new Paragraph();
    private final AuthenticationContext authentication;
    private final InvitedGroups invitedGroups;

    LoginView(UserPreferences preferences, AuthenticationContext authentication, InvitedGroups invitedGroups) {
        super(preferences);
        this.authentication = authentication;
        this.invitedGroups = invitedGroups;
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts(false));
        Paragraph signUp = new Paragraph(getTranslation("login.no-account") + " ");
        signUp.add(new RouterLink(getTranslation("login.sign-up"), SignupView.class));
        signUp.addClassName("auth-switch");
        expired.setText(getTranslation("login.expired"));
        expired.addClassName("auth-notice");
        expired.setVisible(false);
        expired.getElement().setAttribute("role", "status");
        addCard(expired, form, signUp);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        showPendingInvite(invitedGroups);
        expired.setVisible(event.getLocation().getQueryParameters().getParameters().containsKey("expired"));
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            form.setI18n(texts(lastFailureWasLock()));
            form.setError(true);
        }
    }

    private static boolean lastFailureWasLock() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getSession() != null
                && session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LockedException;
    }

    private LoginI18n texts(boolean locked) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("field.email"));
        texts.setPassword(getTranslation("field.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(locked ? "login.locked.title" : "login.failed.title"));
        error.setMessage(getTranslation(locked ? "login.locked.message" : "login.failed.message"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · Waypoint";
    }
}
