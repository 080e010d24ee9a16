package app.waypoint.account.ui;

import app.waypoint.account.service.AccountService;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.base.ui.Notifications;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;

import java.util.Map;

/** A new password needs the current one; other devices are signed out when it changes. */
class PasswordChangeForm extends Composite<Section> {

    final PasswordField current = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField confirmation = new PasswordField();
    final Button change = new Button();

    private final AccountService accountService;
    private final Binder<Object> binder = new Binder<>();

    PasswordChangeForm(AccountService accountService) {
        this.accountService = accountService;
        current.setLabel(getTranslation("field.current-password"));
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        newPassword.setLabel(getTranslation("field.new-password"));
        newPassword.setHelperText(getTranslation("signup.password.help"));
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        confirmation.setLabel(getTranslation("field.password-confirmation"));
        confirmation.setRequiredIndicatorVisible(true);
        confirmation.setAutocomplete(Autocomplete.NEW_PASSWORD);
        change.setText(getTranslation("settings.password.change"));
        current.setId("current-password");
        newPassword.setId("new-password");
        confirmation.setId("new-password-confirmation");
        change.setId("change-password");
        change.addClickListener(click -> changePassword());

        binder.forField(current).asRequired(getTranslation("password.required")).bind(any -> "", (any, value) -> { });
        binder.forField(newPassword).asRequired(getTranslation("password.required"))
                .bind(any -> "", (any, value) -> { });
        binder.forField(confirmation)
                .withValidator(value -> value.equals(newPassword.getValue()),
                        getTranslation("password.confirmation-mismatch"))
                .bind(any -> "", (any, value) -> { });

        Paragraph hint = new Paragraph(getTranslation("settings.password.hint"));
        hint.addClassName("hint");
        FormLayout fields = new FormLayout(current, newPassword, confirmation);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        fields.setColspan(current, 2);
        getContent().addClassName("settings-section");
        getContent().add(new H2(getTranslation("settings.password")), hint, fields, change);
    }

    private void changePassword() {
        if (!binder.validate().isOk()) {
            return;
        }
        try {
            accountService.changePassword(current.getValue(), newPassword.getValue());
        } catch (InvalidInputException invalid) {
            FormErrors.show(invalid, Map.of("currentPassword", current, "newPassword", newPassword), this);
            return;
        }
        binder.readBean(null); // empties the fields without flagging them as missing
        Notifications.success(getTranslation("settings.password.changed"));
    }
}
