package app.waypoint.base.service;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;

/**
 * Refuses text with hidden characters ({@link TextInput#hasHiddenCharacters}) wherever it sits in a value: the
 * value itself, a request record's components, or the items of a list. The problem names the record component
 * that holds the text, so a form marks the right field.
 */
public final class HiddenCharacters {

    public static final String MESSAGE_KEY = "input.hidden-characters";

    private HiddenCharacters() {
    }

    /** Fails with a field problem for the first text with hidden characters; {@code field} names the value. */
    public static void refuseIn(Object value, String field) {
        switch (value) {
            case CharSequence text when TextInput.hasHiddenCharacters(text) ->
                    throw new InvalidInputException(field, MESSAGE_KEY);
            case Record request -> inspectComponents(request);
            case Collection<?> items -> items.forEach(item -> refuseIn(item, field));
            case null, default -> {
                // numbers, dates, enums and ids carry no text
            }
        }
    }

    private static void inspectComponents(Record request) {
        for (RecordComponent component : request.getClass().getRecordComponents()) {
            try {
                var accessor = component.getAccessor();
                accessor.trySetAccessible();
                refuseIn(accessor.invoke(request), component.getName());
            } catch (IllegalAccessException | InvocationTargetException unreadable) {
                throw new IllegalStateException("Cannot read " + component, unreadable);
            }
        }
    }
}
