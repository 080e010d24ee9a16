package app.waypoint.export.service;

import java.util.List;
import java.util.Map;

/**
 * An export file that cannot be imported, and why: {@code messageKey} is a translation key whose arguments are
 * {@code arguments}. Nothing of the file has been imported.
 *
 * A refusal about one list of the file has that list's name first among its arguments, and as {@link #list()}, so a
 * screen can name the list in the person's language.
 */
public class ImportRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;
    private final transient Map<String, Integer> existing;
    private final String list;

    public ImportRefusedException(String messageKey, Object... arguments) {
        this(messageKey, null, Map.of(), arguments);
    }

    private ImportRefusedException(String messageKey, String list, Map<String, Integer> existing,
                                   Object... arguments) {
        super("Import refused: " + messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.list = list;
        this.arguments = List.of(arguments);
        this.existing = Map.copyOf(existing);
    }

    /** A refusal about one entry or field of one list: the list's name comes first among the arguments. */
    static ImportRefusedException inList(String messageKey, String list, Object... more) {
        Object[] arguments = new Object[more.length + 1];
        arguments[0] = list;
        System.arraycopy(more, 0, arguments, 1, more.length);
        return new ImportRefusedException(messageKey, list, Map.of(), arguments);
    }

    /** Refuses an account that holds data of its own; {@code existing} is how many rows of each list it holds. */
    static ImportRefusedException accountHasData(Map<String, Integer> existing) {
        return new ImportRefusedException("export.import.account-has-data", null, existing);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }

    /** The list the refusal is about, or null when it is about the file as a whole. */
    public String list() {
        return list;
    }

    /** For a refusal because the account already holds data: how many rows of each list it holds. */
    public Map<String, Integer> existing() {
        return existing;
    }
}
