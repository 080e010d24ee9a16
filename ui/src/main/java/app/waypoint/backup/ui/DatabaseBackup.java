package app.waypoint.backup.ui;

import app.waypoint.backup.ui.BackupManifest.TableData;
import app.waypoint.backup.ui.DatabaseTables.Table;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes every table of a running database into a zip file, through COPY. All of it is read in one
 * REPEATABLE READ, read-only transaction: one snapshot, so the file is consistent even while people keep working,
 * and the app is neither stopped nor blocked (COPY takes the weakest table lock).
 */
final class DatabaseBackup {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private DatabaseBackup() {
    }

    static BackupManifest write(Connection connection, OutputStream out) throws SQLException, IOException {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try {
            BackupManifest manifest = write(connection, new ZipOutputStream(out));
            connection.commit();
            return manifest;
        } finally {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        }
    }

    private static BackupManifest write(Connection connection, ZipOutputStream zip) throws SQLException, IOException {
        String takenAt = snapshotTime(connection);
        String schemaVersion = DatabaseTables.schemaVersion(connection);
        if (schemaVersion == null) {
            throw new BackupRefused("This database has no Waypoint schema (no Flyway history): nothing to back up");
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        List<TableData> tables = new ArrayList<>();
        for (Table table : DatabaseTables.of(connection)) {
            TableData empty = new TableData(table.name(), table.columns(), 0, "");
            zip.putNextEntry(new ZipEntry(empty.entry()));
            MessageDigest sha256 = sha256();
            long rows = copy.copyOut("copy " + table.withColumns() + " to stdout",
                    new DigestOutputStream(zip, sha256));
            zip.closeEntry();
            tables.add(new TableData(table.name(), table.columns(), rows, HexFormat.of().formatHex(sha256.digest())));
        }
        BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, BackupManifest.FORMAT_VERSION,
                schemaVersion, takenAt, tables);
        // last, so that a file cut short anywhere lacks it (and the zip's directory) and is refused whole
        zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
        zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.finish();
        return manifest;
    }

    private static String snapshotTime(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet now = statement.executeQuery("select to_char(now() at time zone 'UTC', "
                     + "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")) {
            now.next();
            return now.getString(1);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
