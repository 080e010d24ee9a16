package app.waypoint.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before something that cannot simply be undone; the action runs only when the person confirms. */
public final class ConfirmAction {

    private ConfirmAction() {
    }

    /** {@code danger} colours the confirm button red, for removals and deletions. */
    public static ConfirmDialog open(String header, String text, String confirmText, boolean danger, Runnable action) {
        UI ui = UI.getCurrent();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(header);
        confirm.setText(text);
        confirm.setCancelable(true);
        confirm.setCancelText(ui.getTranslation("action.cancel"));
        confirm.setConfirmText(confirmText);
        confirm.setConfirmButtonTheme(danger ? "error primary" : "primary");
        confirm.addConfirmListener(confirmed -> {
            // closed first, so that a message the action shows is not attached to this (modal) dialog
            confirm.close();
            action.run();
        });
        confirm.open();
        return confirm;
    }
}
