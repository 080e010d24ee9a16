package app.waypoint.account.ui;

import app.waypoint.account.service.AccountDeletionService;
import app.waypoint.account.service.AccountService;
import app.waypoint.account.service.SecurityLogService;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The person's profile, how Waypoint looks and speaks to them, their password, their recent sign-ins, a way to their
 * data and deleting their account.
 */
@Route("settings")
@Menu(order = 1000, title = "nav.settings", icon = "vaadin:cog")
@PermitAll
public class SettingsView extends Main implements HasDynamicTitle {

    final ProfileForm profile;
    final AppearanceForm appearance;
    final PasswordChangeForm password;
    final RecentSignIns signIns;
    final AccountDeletionSection deletion;

    SettingsView(AccountService accountService, SecurityLogService securityLog, UserPreferences preferences,
                 AccountDeletionService deletionService) {
        addClassNames("page", "settings-view");
        profile = new ProfileForm(accountService);
        appearance = new AppearanceForm(accountService, preferences);
        password = new PasswordChangeForm(accountService);
        signIns = new RecentSignIns(securityLog, accountService.currentProfile().timeZone());
        deletion = new AccountDeletionSection(deletionService);
        // by address: the interview feature builds on accounts, not the other way round
        Anchor reviewSettings = new Anchor("interview/review/settings", getTranslation("review.settings-link"));
        reviewSettings.addClassName("settings-review-link");
        // by address too: exporting builds on every feature, accounts among them
        Anchor yourData = new Anchor("settings/data", getTranslation("settings.data-link"));
        yourData.addClassName("settings-data-link");
        add(new H1(getTranslation("settings.title")), profile, appearance, new Paragraph(reviewSettings), password,
                signIns, new Paragraph(yourData), deletion);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.title") + " · Waypoint";
    }
}
