package app.waypoint.account.ui;

import app.waypoint.base.service.InvitedGroups;
import app.waypoint.base.ui.PendingDestination;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The shared frame of the pages seen before signing in: brand, tagline, the form, a language switch. */
abstract class AuthPage extends Main {

    AuthPage(UserPreferences preferences) {
        addClassName("auth-page");
        Image logo = new Image("images/waypoint.svg", "");
        logo.addClassName("brand-logo");
        Div brand = new Div(logo, new Span("Waypoint"));
        brand.addClassName("auth-brand");
        Paragraph tagline = new Paragraph(getTranslation("app.tagline"));
        tagline.addClassName("auth-tagline");
        Div header = new Div(brand, tagline);
        header.addClassName("auth-header");
        Div languageBar = new Div(new LanguageSwitch(preferences));
        languageBar.addClassName("auth-language");
        add(languageBar, header);
    }

    private final Paragraph inviteNotice = new Paragraph();

    /** Says which group the person is about to join, when they came here from an invite link. */
    protected void showPendingInvite(InvitedGroups invitedGroups) {
        PendingDestination.inviteCode().flatMap(invitedGroups::groupName).ifPresentOrElse(name -> {
            inviteNotice.setText(getTranslation("auth.invite", name));
            inviteNotice.addClassName("auth-invite");
            if (inviteNotice.getParent().isEmpty()) {
                addComponentAtIndex(2, inviteNotice);
            }
        }, inviteNotice::removeFromParent);
    }

    /** Puts the page's own content in a card under the header. */
    protected void addCard(Component... content) {
        Div card = new Div(content);
        card.addClassName("auth-card");
        add(card);
    }
}
