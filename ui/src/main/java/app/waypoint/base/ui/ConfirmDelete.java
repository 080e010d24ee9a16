package app.waypoint.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before anything is deleted: a red "Delete" next to "Cancel", and the action runs only on "Delete". */
public final class ConfirmDelete {

    private ConfirmDelete() {
    }

    public static ConfirmDialog open(String header, String text, Runnable delete) {
        return ConfirmAction.open(header, text, UI.getCurrent().getTranslation("action.delete"), true, delete);
    }
}
