package app.waypoint.backup.ui;

import app.waypoint.base.ui.EmbeddedDatabase;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.StringUtils;

import javax.sql.DataSource;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The database a backup is taken from or restored into, found the way the app finds its own: the server that
 * {@code spring.datasource.url} names, else the embedded database in the data directory. When the app is running
 * there, its server is used as it runs, on the port it recorded; otherwise the server is started for the command and
 * stopped after it.
 */
final class BackupDatabase implements Closeable {

    /** Where PostgreSQL records the server that runs on a data directory; its fourth line is the port. */
    private static final String SERVER_PID_FILE = "postmaster.pid";
    /** PostgreSQL's SQL state for a connection that could not be made at all. */
    private static final String CANNOT_CONNECT = "08001";

    private final DataSource dataSource;
    private final String description;
    private final EmbeddedDatabase startedHere;

    private BackupDatabase(DataSource dataSource, String description, EmbeddedDatabase startedHere) {
        this.dataSource = dataSource;
        this.description = description;
        this.startedHere = startedHere;
    }

    /**
     * @param mayCreate whether an embedded data directory that does not exist yet is made (a restore), or refused
     *                  (a backup)
     */
    static BackupDatabase find(Environment environment, boolean mayCreate) throws IOException {
        String url = environment.getProperty("spring.datasource.url");
        if (StringUtils.hasText(url)) {
            return new BackupDatabase(new DriverManagerDataSource(url,
                    environment.getProperty("spring.datasource.username", ""),
                    environment.getProperty("spring.datasource.password", "")), url, null);
        }
        Path dataDirectory = Path.of(environment.getRequiredProperty("waypoint.database.data-dir"));
        DataSource running = runningServer(dataDirectory);
        if (running != null) {
            return new BackupDatabase(running, "the running embedded database in " + dataDirectory, null);
        }
        if (!mayCreate && !Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            throw new BackupRefused("There is no embedded database in " + dataDirectory
                    + " (set WAYPOINT_DATA_DIR to the data directory, or SPRING_DATASOURCE_URL to a server)");
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.start(dataDirectory,
                environment.getRequiredProperty("waypoint.database.port", Integer.class));
        return new BackupDatabase(appDataSource(embedded.jdbcUrl(), embedded.appPassword()),
                "the embedded database in " + dataDirectory, embedded);
    }

    /** The app's server on this data directory, or null when none answers there. */
    private static DataSource runningServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve(SERVER_PID_FILE);
        Path passwordFile = dataDirectory.resolve(EmbeddedDatabase.APP_PASSWORD_FILE);
        if (!Files.exists(pidFile) || !Files.exists(passwordFile)) {
            return null;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 4 || !lines.get(3).strip().matches("\\d+")) {
            return null;
        }
        DataSource dataSource = appDataSource("jdbc:postgresql://localhost:" + lines.get(3).strip() + "/"
                + EmbeddedDatabase.APP_DATABASE, Files.readString(passwordFile).strip());
        try (Connection ignored = dataSource.getConnection()) {
            return dataSource;
        } catch (SQLException e) {
            if (CANNOT_CONNECT.equals(e.getSQLState())) {
                // left behind by a server that is gone: the command starts its own
                return null;
            }
            throw new BackupRefused("The embedded database in " + dataDirectory + " is running, and refused the"
                    + " connection: " + e.getMessage(), e);
        }
    }

    private static DataSource appDataSource(String url, String password) {
        return new DriverManagerDataSource(url, EmbeddedDatabase.APP_ROLE, password);
    }

    DataSource dataSource() {
        return dataSource;
    }

    String description() {
        return description;
    }

    @Override
    public void close() throws IOException {
        if (startedHere != null) {
            startedHere.close();
        }
    }
}
