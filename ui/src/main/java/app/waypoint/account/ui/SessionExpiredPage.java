package app.waypoint.account.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * When a session has ended (idle too long, past its lifetime, or signed out elsewhere), the browser goes
 * straight to the login page, which says so, instead of showing Vaadin's untranslated notice.
 */
@Component
class SessionExpiredPage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        messages.setSessionExpiredURL(SessionLifetime.EXPIRED_PAGE.substring(1));
        event.getSource().setSystemMessagesProvider(info -> messages);
    }
}
