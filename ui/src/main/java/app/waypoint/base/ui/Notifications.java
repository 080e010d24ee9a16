package app.waypoint.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The two kinds of short message every screen shows the same way. */
public final class Notifications {

    private Notifications() {
    }

    public static Notification success(String text) {
        return show(text, NotificationVariant.LUMO_SUCCESS, 3000);
    }

    public static Notification error(String text) {
        return show(text, NotificationVariant.LUMO_ERROR, 6000);
    }

    private static Notification show(String text, NotificationVariant variant, int durationMillis) {
        Notification notification = Notification.show(text, durationMillis, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(variant);
        return notification;
    }
}
