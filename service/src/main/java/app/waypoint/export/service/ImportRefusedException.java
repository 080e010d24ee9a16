package app.waypoint.export.service;

import java.util.List;
import java.util.Map;

/**
 * An export file that cannot be imported, and why: {@code messageKey} is a translation key whose arguments are
 * {@code arguments}. Nothing of the file has been imported.
 *
 * @param existing for a refusal because the account already holds data: how many rows of each list it holds
 */
public class ImportRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;
    private final transient Map<String, Integer> existing;

    public ImportRefusedException(String messageKey, Object... arguments) {
        this(messageKey, Map.of(), arguments);
    }

    ImportRefusedException(String messageKey, Map<String, Integer> existing, Object... arguments) {
        super("Import refused: " + messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
        this.existing = Map.copyOf(existing);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }

    public Map<String, Integer> existing() {
        return existing;
    }
}
