package app.waypoint.base.ui;

import app.waypoint.base.service.ConcurrentEditException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * What a user sees when something fails that no screen handled: a friendly message with an id to quote,
 * while the form they were typing in stays as it was. The log has the same id and the full trace.
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
        if (causedBy(error, AccessDeniedException.class)) {
            Notifications.error(ui.getTranslation("error.access-denied"));
        } else if (causedBy(error, ConcurrentEditException.class)) {
            Notifications.error(ui.getTranslation("error.concurrent-edit"));
        } else {
            String id = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error {}", id, error);
            Notifications.error(ui.getTranslation("error.unexpected", id));
        }
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
