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
import org.springframework.security.authentication.DisabledException;
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
        form.setI18n(texts("login.failed"));
        Paragraph signUp = new Paragraph(getTranslation("login.no-account") + " ");
        signUp.add(new RouterLink(getTranslation("login.sign-up"), SignupView.class));
        signUp.addClassName("auth-switch");
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
        var parameters = event.getLocation().getQueryParameters().getParameters();
        expired.setText(getTranslation(parameters.containsKey("reset") ? "login.password-reset" : "login.expired"));
        expired.setVisible(parameters.containsKey("expired") || parameters.containsKey("reset"));
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            form.setI18n(texts(lastFailure()));
            form.setError(true);
        }
    }

    /** Which message the failed sign-in gets: "locked", "disabled", or the same "failed" for every other reason. */
    private static String lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        Object failure = session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return switch (failure) {
            case LockedException locked -> "login.locked";
            case DisabledException disabled -> "login.disabled";
            case null, default -> "login.failed";
        };
    }

    private LoginI18n texts(String failure) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("field.email"));
        texts.setPassword(getTranslation("field.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(failure + ".title"));
        error.setMessage(getTranslation(failure + ".message"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · Waypoint";
    }
}
