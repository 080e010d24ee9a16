package app.waypoint.account.ui;

import app.waypoint.account.service.OneTimeLink;
import app.waypoint.base.ui.Notifications;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * A link an admin hands over by hand (Waypoint sends no mail): its full address, ready to copy, and until when it
 * works. It is shown once; the server keeps only a digest.
 */
class OneTimeLinkField extends Composite<Div> {

    final TextField address = new TextField();

    OneTimeLinkField(String path, OneTimeLink link, ZoneId zone, String explanationKey) {
        String url = ServletUriComponentsBuilder.fromContextPath(VaadinServletRequest.getCurrent().getHttpServletRequest())
                .toUriString() + "/" + path + link.secret();
        address.setValue(url);
        address.setReadOnly(true);
        address.setWidthFull();
        address.setAriaLabel(getTranslation("admin.link.address"));
        Button copy = new Button(getTranslation("admin.link.copy"), VaadinIcon.COPY_O.create(), click -> {
            address.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", url);
            Notifications.success(getTranslation("admin.link.copied"));
        });
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
        String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(zone).format(link.expiresAt());
        Paragraph explanation = new Paragraph(getTranslation(explanationKey, until));
        explanation.addClassName("hint");
        getContent().addClassName("one-time-link");
        getContent().add(address, copy, explanation);
    }
}
