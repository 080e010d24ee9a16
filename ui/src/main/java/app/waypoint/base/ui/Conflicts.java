package app.waypoint.base.ui;

import app.waypoint.base.service.ConcurrentEditException;
import com.vaadin.flow.component.UI;

/**
 * The one policy for an optimistic-lock conflict, when another tab or another member saved first: the screen says so
 * in its own words, takes the newer version, and keeps what the person typed, so that saving again replaces that
 * version knowingly and nothing is overwritten unseen. A change without typed input (a tap) shows the latest state.
 */
public final class Conflicts {

    private Conflicts() {
    }

    /**
     * Runs the change; on a conflict takes the newer version (or shows the latest state) with {@code takeNewer} and
     * says the message of {@code messageKey}. Returns whether the change went through.
     */
    public static boolean attempt(Runnable change, String messageKey, Runnable takeNewer) {
        try {
            change.run();
            return true;
        } catch (ConcurrentEditException conflict) {
            takeNewer.run();
            Notifications.error(UI.getCurrent().getTranslation(messageKey));
            return false;
        }
    }
}
