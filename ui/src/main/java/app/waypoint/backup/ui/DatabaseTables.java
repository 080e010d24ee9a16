package app.waypoint.backup.ui;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The app's tables in the schema {@code public} and their columns, read from the catalog. Flyway's history is
 * not data: a restore writes it again by migrating to the backup's schema version.
 */
final class DatabaseTables {

    static final String FLYWAY_HISTORY = "flyway_schema_history";

    private static final String TABLES_AND_COLUMNS = """
            select c.relname, array_agg(a.attname::text order by a.attnum)
            from pg_class c
            join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
            where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
              and a.attgenerated = ''
            group by c.relname
            order by c.relname""";

    private DatabaseTables() {
    }

    record Table(String name, List<String> columns) {

        /** {@code "name" ("a", "b")}: COPY with the columns named, so the data never depends on column order. */
        String withColumns() {
            return quote(name) + " (" + columns.stream().map(DatabaseTables::quote).collect(Collectors.joining(", "))
                    + ")";
        }
    }

    /** Every table in {@code public} but Flyway's history, by name. */
    static List<Table> of(Connection connection) throws SQLException {
        List<Table> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(TABLES_AND_COLUMNS)) {
            while (rows.next()) {
                String name = rows.getString(1);
                if (!name.equals(FLYWAY_HISTORY)) {
                    tables.add(new Table(name, Arrays.asList((String[]) rows.getArray(2).getArray())));
                }
            }
        }
        return tables;
    }

    /** Any table at all in {@code public}, Flyway's history included; null when there is none. */
    static String anyTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select relname from pg_class where relnamespace = 'public'::regnamespace and relkind in ('r', 'p')"
                             + " order by relname limit 1")) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    /** The latest schema version Flyway applied, or null when Flyway never ran here. */
    static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery("select to_regclass('public." + FLYWAY_HISTORY + "')")) {
                exists.next();
                if (exists.getString(1) == null) {
                    return null;
                }
            }
            try (ResultSet rows = statement.executeQuery("select version from " + FLYWAY_HISTORY
                    + " where success and version is not null order by installed_rank desc limit 1")) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
