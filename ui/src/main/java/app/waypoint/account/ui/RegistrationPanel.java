package app.waypoint.account.ui;

import app.waypoint.account.domain.RegistrationMode;
import app.waypoint.account.service.AdminService;
import app.waypoint.account.service.InstanceSettingsView;
import app.waypoint.base.ui.Notifications;
import app.waypoint.base.ui.Conflicts;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import java.time.ZoneId;

/**
 * How new people get an account: anyone, only with a sign-up link an admin issues here, or nobody. A choice
 * applies at once; another admin's newer choice is not overwritten.
 */
class RegistrationPanel extends Composite<Div> {

    final RadioButtonGroup<RegistrationMode> mode = new RadioButtonGroup<>();
    final Button issueInvite = new Button();
    final Div invites = new Div();
    private final AdminService admin;
    private final ZoneId zone;
    private InstanceSettingsView settings;

    RegistrationPanel(AdminService admin, ZoneId zone) {
        this.admin = admin;
        this.zone = zone;
        settings = admin.instanceSettings();
        mode.setId("registration-mode");
        mode.setLabel(getTranslation("admin.registration.mode"));
        mode.setItems(RegistrationMode.values());
        mode.setItemLabelGenerator(choice -> getTranslation("admin.registration." + choice));
        mode.setRenderer(new ComponentRenderer<>(choice -> {
            Div label = new Div(new Div(getTranslation("admin.registration." + choice)));
            Div hint = new Div(getTranslation("admin.registration." + choice + ".hint"));
            hint.addClassName("hint");
            label.add(hint);
            return label;
        }));
        mode.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        mode.setValue(settings.registrationMode());
        mode.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                change(change.getValue());
            }
        });
        issueInvite.setId("issue-invite");
        issueInvite.setText(getTranslation("admin.invite.issue"));
        issueInvite.setIcon(VaadinIcon.LINK.create());
        issueInvite.addClickListener(click -> invites.addComponentAsFirst(new OneTimeLinkField("signup?invite=",
                admin.issueSignUpInvite(), zone, "admin.invite.explanation")));
        Paragraph inviteHint = new Paragraph(getTranslation("admin.invite.hint"));
        inviteHint.addClassName("hint");
        Div inviteSection = new Div(new H2(getTranslation("admin.invite.title")), inviteHint, issueInvite, invites);
        inviteSection.addClassName("admin-invites");
        getContent().addClassName("admin-panel");
        getContent().add(mode, inviteSection);
        showInvites();
    }

    private void change(RegistrationMode chosen) {
        if (Conflicts.attempt(() -> settings = admin.changeRegistrationMode(chosen, settings.version()),
                "admin.registration.changed-meanwhile", this::showTheOtherAdminsChoice)) {
            Notifications.success(getTranslation("admin.registration.changed",
                    getTranslation("admin.registration." + chosen)));
        }
        showInvites();
    }

    private void showTheOtherAdminsChoice() {
        settings = admin.instanceSettings();
        mode.setValue(settings.registrationMode());
    }

    private void showInvites() {
        issueInvite.getParent().ifPresent(section -> section.setVisible(
                settings.registrationMode() == RegistrationMode.INVITE_ONLY));
    }
}
