package app.waypoint.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before anything is deleted: a red "Delete" next to "Cancel", and the action runs only on "Delete". */
public final class ConfirmDelete {

    private ConfirmDelete() {
    }

    public static ConfirmDialog open(String header, String text, Runnable delete) {
        UI ui = UI.getCurrent();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(header);
        confirm.setText(text);
        confirm.setCancelable(true);
        confirm.setCancelText(ui.getTranslation("action.cancel"));
        confirm.setConfirmText(ui.getTranslation("action.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(confirmed -> delete.run());
        confirm.open();
        return confirm;
    }
}
