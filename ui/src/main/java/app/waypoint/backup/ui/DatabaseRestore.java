package app.waypoint.backup.ui;

import app.waypoint.backup.ui.BackupManifest.TableData;
import app.waypoint.backup.ui.DatabaseTables.Table;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Restores a backup into an empty database: the app's own migrations build the schema exactly as it was when the
 * backup was taken, then every table is loaded in one transaction, so a load that fails leaves no half of it.
 * Rows come back with their own ids; the id sequences then continue after the largest one.
 */
final class DatabaseRestore {

    static final String MIGRATIONS = "classpath:db/migration";

    private static final String FOREIGN_KEYS = """
            select conrelid::regclass::text, conname, pg_get_constraintdef(oid)
            from pg_constraint
            where contype = 'f' and connamespace = 'public'::regnamespace
            order by conrelid::regclass::text, conname""";

    private static final String ID_COLUMNS = """
            select quote_ident(table_name), column_name
            from information_schema.columns
            where table_schema = 'public' and (is_identity = 'YES' or column_default like 'nextval(%')""";

    private DatabaseRestore() {
    }

    static BackupManifest restore(Path path, DataSource target) throws SQLException, IOException {
        try (BackupFile backup = BackupFile.open(path)) {
            BackupManifest manifest = backup.manifest();
            try (Connection connection = target.getConnection()) {
                String existing = DatabaseTables.anyTable(connection);
                if (existing != null) {
                    throw new BackupRefused("The database is not empty (it has the table " + existing + "): a backup"
                            + " is restored only into an empty database, so that nothing in it is overwritten or"
                            + " mixed with the backup. Nothing was restored.");
                }
            }
            requireKnownVersion(target, manifest.schemaVersion());
            Flyway.configure().dataSource(target).locations(MIGRATIONS).target(manifest.schemaVersion()).load()
                    .migrate();
            try (Connection connection = target.getConnection()) {
                load(connection, backup);
            } catch (SQLException | IOException | RuntimeException e) {
                throw new BackupRefused("The backup could not be loaded, and nothing of its data was kept: "
                        + e.getMessage() + ". The database now holds Waypoint's empty tables; empty it (for the"
                        + " embedded database, delete its data directory) before you try again.", e);
            }
            return manifest;
        }
    }

    /** A backup from a newer Waypoint has tables this version cannot make. */
    private static void requireKnownVersion(DataSource target, String version) {
        MigrationVersion wanted = MigrationVersion.fromVersion(version);
        MigrationInfo[] known = Flyway.configure().dataSource(target).locations(MIGRATIONS).load().info().all();
        boolean knows = Arrays.stream(known).map(MigrationInfo::getVersion).filter(Objects::nonNull)
                .anyMatch(migration -> migration.compareTo(wanted) == 0);
        if (!knows) {
            throw new BackupRefused("The backup was taken at schema version " + version + ", which this version of"
                    + " Waypoint does not know: restore it with the Waypoint version that took it, or a newer one."
                    + " Nothing was restored.");
        }
    }

    private static void load(Connection connection, BackupFile backup) throws SQLException, IOException {
        connection.setAutoCommit(false);
        try {
            List<TableData> tables = backup.manifest().tables();
            requireSameTables(connection, tables);
            List<String[]> foreignKeys = foreignKeys(connection);
            // without them the tables load in any order, and a row may point to one later in its own table
            for (String[] key : foreignKeys) {
                execute(connection, "alter table " + key[0] + " drop constraint " + DatabaseTables.quote(key[1]));
            }
            // the migrations may have put rows in (settings, built-in values): the backup's own take their place
            execute(connection, "truncate " + tables.stream().map(table -> DatabaseTables.quote(table.name()))
                    .collect(Collectors.joining(", ")));
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (TableData table : tables) {
                String name = DatabaseTables.quote(table.name());
                // a trigger (such as the security log's) acts on the app's changes, not on data coming back
                execute(connection, "alter table " + name + " disable trigger user");
                long rows;
                try (InputStream data = backup.data(table)) {
                    rows = copy.copyIn("copy " + new Table(table.name(), table.columns()).withColumns()
                            + " from stdin", data);
                }
                execute(connection, "alter table " + name + " enable trigger user");
                if (rows != table.rows()) {
                    throw new BackupRefused("table " + table.name() + " has " + rows + " rows in the file, and "
                            + table.rows() + " in its manifest");
                }
            }
            // added back as they were, so every reference is checked once more
            for (String[] key : foreignKeys) {
                execute(connection, "alter table " + key[0] + " add constraint " + DatabaseTables.quote(key[1])
                        + " " + key[2]);
            }
            continueIdSequences(connection);
            connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
        connection.setAutoCommit(true);
        execute(connection, "analyze");
    }

    private static void requireSameTables(Connection connection, List<TableData> tables) throws SQLException {
        List<Table> here = DatabaseTables.of(connection);
        List<Table> inBackup = tables.stream().map(table -> new Table(table.name(), table.columns())).toList();
        if (!Set.copyOf(here).equals(Set.copyOf(inBackup))) {
            throw new BackupRefused("its tables do not match the schema its version makes");
        }
    }

    private static List<String[]> foreignKeys(Connection connection) throws SQLException {
        List<String[]> keys = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(FOREIGN_KEYS)) {
            while (rows.next()) {
                keys.add(new String[]{rows.getString(1), rows.getString(2), rows.getString(3)});
            }
        }
        return keys;
    }

    /** The next id of every table is one past its largest restored id, so that new rows never collide. */
    private static void continueIdSequences(Connection connection) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(ID_COLUMNS)) {
            while (rows.next()) {
                columns.add(new String[]{rows.getString(1), rows.getString(2)});
            }
        }
        for (String[] column : columns) {
            String sql = "select setval(pg_get_serial_sequence(?, ?), coalesce(max(" + DatabaseTables.quote(column[1])
                    + "), 0) + 1, false) from " + column[0];
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, column[0]);
                statement.setString(2, column[1]);
                statement.executeQuery().close();
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
