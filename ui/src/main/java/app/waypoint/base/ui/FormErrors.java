package app.waypoint.base.ui;

import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;

import java.util.Map;

/** Shows a service's verdict on a form at the fields it concerns, in the user's language. */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * Marks each field named in the problems; a problem with no field on the form becomes a notification.
     * A field the service no longer complains about is cleared of its earlier error. Nothing the user typed is
     * cleared.
     */
    public static void show(InvalidInputException invalid, Map<String, ? extends HasValidation> fields,
                            Component anyComponentOfTheForm) {
        clear(fields);
        for (FieldProblem problem : invalid.problems()) {
            String message = anyComponentOfTheForm.getTranslation(problem.messageKey());
            HasValidation field = fields.get(problem.field());
            if (field == null) {
                Notifications.error(message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        }
    }

    /** After a successful save: no field keeps an error from an earlier attempt. */
    public static void clear(Map<String, ? extends HasValidation> fields) {
        for (HasValidation field : fields.values()) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }
}
