package app.waypoint.account.ui;

import app.waypoint.account.service.AccountService;
import app.waypoint.account.service.SignUpAccess;
import app.waypoint.account.service.SignUpRequest;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.InvitedGroups;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.base.ui.PendingDestination;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import java.util.Map;

/** Opening an account: every rule is explained at its field, and success signs the person in. */
@Route(value = "signup", autoLayout = false)
@AnonymousAllowed
public class SignupView extends AuthPage implements BeforeEnterObserver, HasDynamicTitle {

    final EmailField email = new EmailField();
    final TextField displayName = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField confirmation = new PasswordField();
    final Button create = new Button();
    final Paragraph access = new Paragraph();
    private final FormLayout form;
    private String invite;

    private final Binder<SignUpRequest> binder = new BeanValidationBinder<>(SignUpRequest.class);
    private final AccountService accountService;
    private final SessionLogin sessionLogin;
    private final AuthenticationContext authentication;
    private final InvitedGroups invitedGroups;

    SignupView(AccountService accountService, SessionLogin sessionLogin, UserPreferences preferences,
               AuthenticationContext authentication, InvitedGroups invitedGroups) {
        super(preferences);
        this.invitedGroups = invitedGroups;
        this.accountService = accountService;
        this.sessionLogin = sessionLogin;
        this.authentication = authentication;

        email.setId("signup-email");
        displayName.setId("signup-display-name");
        password.setId("signup-password");
        confirmation.setId("signup-confirmation");
        create.setId("signup-submit");
        email.setLabel(getTranslation("field.email"));
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setErrorMessage(getTranslation("account.email.invalid"));
        displayName.setLabel(getTranslation("field.display-name"));
        displayName.setHelperText(getTranslation("signup.display-name.help"));
        password.setLabel(getTranslation("field.password"));
        password.setHelperText(getTranslation("signup.password.help"));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setRequiredIndicatorVisible(true);
        confirmation.setLabel(getTranslation("field.password-confirmation"));
        confirmation.setRequiredIndicatorVisible(true);
        confirmation.setAutocomplete(Autocomplete.NEW_PASSWORD);
        create.setText(getTranslation("signup.submit"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.setWidthFull();
        create.addClickListener(click -> submit());

        binder.forField(email).asRequired(getTranslation("account.email.required")).bind("email");
        binder.forField(displayName).asRequired(getTranslation("account.display-name.required"))
                .bind("displayName");
        binder.forField(password)
                .withValidator((value, context) -> accountService.passwordProblem(value, email.getValue())
                        .map(key -> ValidationResult.error(getTranslation(key)))
                        .orElse(ValidationResult.ok()))
                .bind("password");
        binder.forField(confirmation)
                .withValidator(value -> value.equals(password.getValue()),
                        getTranslation("password.confirmation-mismatch"))
                .bind(request -> "", (request, value) -> { });

        form = new FormLayout(email, displayName, password, confirmation);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Paragraph logIn = new Paragraph(getTranslation("signup.have-account") + " ");
        logIn.add(new RouterLink(getTranslation("signup.log-in"), LoginView.class));
        logIn.addClassName("auth-switch");
        access.addClassName("auth-notice");
        access.getElement().setAttribute("role", "status");
        access.setVisible(false);
        addCard(new H2(getTranslation("signup.title")), access, form, create, logIn);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        showPendingInvite(invitedGroups);
        invite = event.getLocation().getQueryParameters().getSingleParameter("invite").orElse(null);
        showAccess(accountService.signUpAccess(invite));
    }

    /** Says how this instance lets people in; the form shows only when it can open an account. */
    private void showAccess(SignUpAccess signUpAccess) {
        String notice = switch (signUpAccess.mode()) {
            case OPEN -> null;
            case CLOSED -> getTranslation("account.sign-up.closed");
            case INVITE_ONLY -> getTranslation(signUpAccess.inviteUsable() ? "signup.invited"
                    : "account.sign-up.invite-needed");
        };
        access.setText(notice);
        access.setVisible(notice != null);
        form.setVisible(signUpAccess.open());
        create.setVisible(signUpAccess.open());
    }

    private void submit() {
        if (!binder.validate().isOk()) {
            return;
        }
        SignUpRequest request = new SignUpRequest(email.getValue(), displayName.getValue(), password.getValue(),
                invite);
        try {
            accountService.signUp(request, getLocale());
        } catch (InvalidInputException invalid) {
            FormErrors.show(invalid, Map.of("email", email, "displayName", displayName, "password", password), this);
            return;
        }
        sessionLogin.logIn(request.email(), request.password());
        // where the person was going before they were asked to sign in, e.g. the invite they opened
        String destination = PendingDestination.take();
        getUI().ifPresent(ui -> ui.getPage().setLocation(destination));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.title") + " · Waypoint";
    }
}
