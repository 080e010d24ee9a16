package app.waypoint.account.ui;

import app.waypoint.account.service.AccountService;
import app.waypoint.account.service.PasswordResetService;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.ui.FormErrors;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.Map;

/**
 * Setting a new password with the one-time link an admin handed over. A link that no longer works says so and
 * why, and points to the login page.
 */
@Route(value = "reset/:secret", autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends AuthPage implements BeforeEnterObserver, HasDynamicTitle {

    final Paragraph whose = new Paragraph();
    final PasswordField password = new PasswordField();
    final PasswordField confirmation = new PasswordField();
    final Button save = new Button();
    private final FormLayout form = new FormLayout(password, confirmation);
    private final PasswordResetService resets;
    private final AccountService accountService;
    private String secret;
    private String email;

    ResetPasswordView(PasswordResetService resets, AccountService accountService, UserPreferences preferences) {
        super(preferences);
        this.resets = resets;
        this.accountService = accountService;
        password.setId("reset-password");
        password.setLabel(getTranslation("field.new-password"));
        password.setHelperText(getTranslation("signup.password.help"));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setValueChangeMode(ValueChangeMode.LAZY);
        password.addValueChangeListener(change -> checkPassword());
        confirmation.setId("reset-confirmation");
        confirmation.setLabel(getTranslation("field.password-confirmation"));
        confirmation.setAutocomplete(Autocomplete.NEW_PASSWORD);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        save.setId("reset-submit");
        save.setText(getTranslation("password-reset.submit"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setWidthFull();
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> submit());
        whose.addClassName("auth-notice");
        Paragraph logIn = new Paragraph(new RouterLink(getTranslation("signup.log-in"), LoginView.class));
        logIn.addClassName("auth-switch");
        addCard(new H2(getTranslation("password-reset.title")), whose, form, save, logIn);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        secret = event.getRouteParameters().get("secret").orElse("");
        email = resets.accountOf(secret).orElse(null);
        whose.setText(email == null ? getTranslation("password-reset.link-invalid")
                : getTranslation("password-reset.for", email));
        form.setVisible(email != null);
        save.setVisible(email != null);
    }

    private boolean checkPassword() {
        var problem = accountService.passwordProblem(password.getValue(), email);
        password.setInvalid(problem.isPresent());
        password.setErrorMessage(problem.map(this::getTranslation).orElse(null));
        return problem.isEmpty();
    }

    private void submit() {
        boolean same = password.getValue().equals(confirmation.getValue());
        confirmation.setInvalid(!same);
        confirmation.setErrorMessage(same ? null : getTranslation("password.confirmation-mismatch"));
        if (!checkPassword() || !same) {
            return;
        }
        try {
            resets.reset(secret, password.getValue());
        } catch (InvalidInputException invalid) {
            FormErrors.show(invalid, Map.of("newPassword", password), this);
            return;
        }
        getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.simple(Map.of("reset", ""))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password-reset.title") + " · Waypoint";
    }
}
