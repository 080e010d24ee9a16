package app.waypoint.account.ui;

import app.waypoint.account.service.AccountProfile;
import app.waypoint.account.service.AccountService;
import app.waypoint.account.service.ProfileUpdate;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.ui.Conflicts;
import app.waypoint.base.ui.DateField;
import app.waypoint.base.ui.FormErrors;
import app.waypoint.base.ui.Notifications;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;

import java.time.ZoneId;
import java.util.Map;

/**
 * Name, goal and time zone. Saving from a tab that is out of date is refused with a message; what the
 * person typed stays in the fields, and the next save applies it over the newer version on purpose.
 */
class ProfileForm extends Composite<Section> {

    final TextField displayName = new TextField();
    final TextField targetRole = new TextField();
    final DatePicker targetDate = new DateField();
    final ComboBox<ZoneId> timeZone = new ComboBox<>();
    final Button save = new Button();

    private final AccountService accountService;
    private final Binder<ProfileUpdate> binder = new BeanValidationBinder<>(ProfileUpdate.class);
    private long version;

    ProfileForm(AccountService accountService) {
        this.accountService = accountService;
        displayName.setLabel(getTranslation("field.display-name"));
        targetRole.setLabel(getTranslation("field.target-role"));
        targetRole.setPlaceholder(getTranslation("settings.target-role.placeholder"));
        targetDate.setLabel(getTranslation("field.target-date"));
        targetDate.setClearButtonVisible(true);
        timeZone.setLabel(getTranslation("field.time-zone"));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().map(ZoneId::of).toList());
        timeZone.setItemLabelGenerator(ZoneId::getId);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());

        binder.forField(displayName).asRequired(getTranslation("account.display-name.required"))
                .bind("displayName");
        binder.forField(targetRole).bind("targetRole");
        binder.forField(timeZone).asRequired(getTranslation("account.time-zone.required")).bind("timeZone");

        FormLayout fields = new FormLayout(displayName, targetRole, targetDate, timeZone);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        getContent().addClassName("settings-section");
        getContent().add(new H2(getTranslation("settings.profile")), fields, save);
        show(accountService.currentProfile());
    }

    private void show(AccountProfile profile) {
        displayName.setValue(profile.displayName());
        targetRole.setValue(profile.targetRole() == null ? "" : profile.targetRole());
        targetDate.setValue(profile.targetDate());
        timeZone.setValue(profile.timeZone());
        version = profile.version();
    }

    private void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        ProfileUpdate update = new ProfileUpdate(displayName.getValue(), targetRole.getValue(),
                targetDate.getValue(), timeZone.getValue(), version);
        try {
            if (Conflicts.attempt(() -> show(accountService.updateProfile(update)), "settings.profile.conflict",
                    () -> version = accountService.currentProfile().version())) {
                Notifications.success(getTranslation("settings.profile.saved"));
            }
        } catch (InvalidInputException invalid) {
            FormErrors.show(invalid, Map.of("displayName", displayName, "targetRole", targetRole,
                    "timeZone", timeZone), this);
        }
    }
}
