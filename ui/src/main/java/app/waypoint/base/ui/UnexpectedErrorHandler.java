package app.waypoint.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * What a user sees when something fails that no screen handled. A refusal they caused (not found, not allowed,
 * invalid input, a conflict) gets its own translated message ({@link Refusals}); anything else a friendly message
 * with an id to quote, while the form they were typing in stays as it was. The log has the same id and the full
 * trace.
 */
@Component
public class UnexpectedErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(sessionInit -> sessionInit.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        UI ui = UI.getCurrent();
        if (ui == null) {
            log.error("Unexpected error outside a UI", error);
            return;
        }
        Refusals.messageFor(error, ui::getTranslation).ifPresentOrElse(message -> {
            log.info("A refusal no screen handled: {}", error.toString());
            Notifications.error(message);
        }, () -> {
            String id = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error {}", id, error);
            Notifications.error(ui.getTranslation("error.unexpected", id));
        });
    }
}
