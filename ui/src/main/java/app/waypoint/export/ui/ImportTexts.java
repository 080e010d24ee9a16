package app.waypoint.export.ui;

import app.waypoint.export.service.ImportRefusedException;
import com.vaadin.flow.component.Component;

/** The words for an export's lists and for the reasons a file is refused, in the person's language. */
final class ImportTexts {

    private ImportTexts() {
    }

    static String listName(String list, Component where) {
        return where.getTranslation("export.list." + list);
    }

    /** The refusal's message, with the list it is about named as the person knows it. */
    static String reason(ImportRefusedException refused, Component where) {
        Object[] arguments = refused.arguments();
        if (refused.list() != null) {
            arguments[0] = listName(refused.list(), where);
        }
        return where.getTranslation(refused.messageKey(), arguments);
    }
}
