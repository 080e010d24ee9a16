package app.waypoint.export.domain;

import java.util.List;
import java.util.Optional;

/**
 * One list of a person's export: which rows of which table are theirs, and how each column is written. Lists come
 * in an order in which every list a row points at comes first, so an import can create them in that order.
 *
 * @param name        the list's name in the file (and its CSV's name)
 * @param table       the table its rows live in
 * @param scope       how the person's rows are found
 * @param scopeColumn the column that holds the person ({@link Scope#OWNER}) or the parent row ({@link Scope#PARENT})
 * @param parentList  for {@link Scope#PARENT}: the list whose rows are the parents
 * @param ownerColumn the column set to the importing person, or null
 * @param condition   a further SQL condition on {@code t}, or null
 * @param fields      what each row holds, in file order
 * @param orderBy     the SQL order of the rows, stable across instances
 * @param restored    false for a list that is written for the person's information and never imported
 * @param single      true for the one-row lists (profile, review settings) that an import updates in place
 */
public record ExportedList(String name, String table, Scope scope, String scopeColumn, String parentList,
                           String ownerColumn, String condition, List<Field> fields, String orderBy,
                           boolean restored, boolean single) {

    public enum Scope { OWNER, PARENT }

    /** How a field is written: as it is stored, or as a reference. */
    public enum Kind {
        /** the column's value */
        VALUE,
        /** the column's value, written for information and not imported */
        INFORMATION,
        /** a row of another list (or this one) in the same file, by its number there */
        LOCAL,
        /** a skill by its key */
        SKILL,
        /** a built-in or own roadmap by its key */
        ROADMAP,
        /** a roadmap node as {@code roadmap-key/node-key} */
        NODE
    }

    /**
     * @param name   the field's name in the file
     * @param column the table column it comes from (for {@link Kind#INFORMATION}: an SQL expression)
     * @param kind   how it is written
     * @param target for {@link Kind#LOCAL}: the list it points into
     */
    public record Field(String name, String column, Kind kind, String target) {

        public boolean imported() {
            return kind != Kind.INFORMATION;
        }
    }

    /** Whether the rows have ids (and so a number in the file that other rows can point at). */
    public boolean hasIds() {
        return fields.stream().anyMatch(field -> field.name().equals("id"));
    }

    public Optional<Field> field(String fieldName) {
        return fields.stream().filter(field -> field.name().equals(fieldName)).findFirst();
    }
}
