package app.waypoint.base.ui;

import app.waypoint.base.service.TextInput;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Shows under a long text how much of its limit is used, counted as the service counts it (characters as a
 * person sees them). Past the limit the field says so at once; nothing is ever cut, and the save is refused
 * with the same message until the text is shorter. Fields carry no browser {@code maxlength}: the browser
 * counts differently and would cut pasted text without a word.
 */
public final class LengthCounter {

    private LengthCounter() {
    }

    /** Keeps the field's helper text ({@code help}, if any, then the count) up to date while the person types. */
    public static void attach(TextArea field, int max, String help) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        boolean[] markedByCounter = {false};
        Runnable update = () -> {
            int used = TextInput.length(field.getValue());
            String count = field.getTranslation("text.counter", used, max);
            field.setHelperText(help == null || help.isBlank() ? count : help + " · " + count);
            if (used > max) {
                field.setErrorMessage(field.getTranslation("text.over-limit", max, used - max));
                field.setInvalid(true);
                markedByCounter[0] = true;
            } else if (markedByCounter[0]) {
                field.setInvalid(false);
                field.setErrorMessage(null);
                markedByCounter[0] = false;
            }
        };
        field.addValueChangeListener(change -> update.run());
        update.run();
    }
}
