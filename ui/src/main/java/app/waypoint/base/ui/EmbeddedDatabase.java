package app.waypoint.base.ui;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The embedded PostgreSQL, set up at every start so that the app never runs as superuser and nothing connects
 * without a password. The app is the role {@value #APP_ROLE}, owner of the database {@value #APP_DATABASE} and
 * of everything in it; {@value #SUPERUSER} is left for administration. Both passwords are generated on the
 * first start and kept in the data directory ({@value #APP_PASSWORD_FILE}, {@value #SUPERUSER_PASSWORD_FILE}).
 */
public final class EmbeddedDatabase implements Closeable {

    public static final String APP_ROLE = "waypoint_app";
    public static final String APP_DATABASE = "waypoint";
    static final String SUPERUSER = "postgres";
    public static final String APP_PASSWORD_FILE = "waypoint-app.password";
    static final String SUPERUSER_PASSWORD_FILE = "postgres.password";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String SCRAM = "scram-sha-256";
    private static final String PG_HBA = """
            # Written by Waypoint at every start: every connection needs its role's password. The server listens on
            # this machine only (listen_addresses = localhost), and takes no replication connections.
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            host  all all ::1/128 scram-sha-256
            """;

    /**
     * Whatever a superuser owns in the app's schema (all of it, in a data directory of an earlier version) goes to
     * the app, so that its migrations can change it. Sequences of identity and serial columns follow their table.
     */
    private static final String HAND_OVER_TO_APP = """
            do $$
            declare
                statement text;
            begin
                for statement in
                    select format('alter %s %s owner to waypoint_app',
                                  case c.relkind when 'S' then 'sequence' when 'v' then 'view'
                                                 when 'm' then 'materialized view' else 'table' end,
                                  c.oid::regclass)
                    from pg_class c
                    where c.relnamespace = 'public'::regnamespace
                      and c.relkind in ('r', 'p', 'v', 'm', 'S')
                      and c.relowner <> 'waypoint_app'::regrole
                      and not exists (select 1 from pg_depend d
                                      where d.classid = 'pg_class'::regclass and d.objid = c.oid
                                        and d.deptype in ('a', 'i'))
                    union all
                    select format('alter routine %s owner to waypoint_app', p.oid::regprocedure)
                    from pg_proc p
                    where p.pronamespace = 'public'::regnamespace and p.proowner <> 'waypoint_app'::regrole
                loop
                    execute statement;
                end loop;
            end
            $$""";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final String appPassword;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory, String appPassword) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.appPassword = appPassword;
    }

    /** The database in {@code dataDirectory}, created there on the first start and kept. */
    public static EmbeddedDatabase start(Path dataDirectory, int port) throws IOException {
        Files.createDirectories(dataDirectory);
        return start(dataDirectory, port, false);
    }

    /** A fresh database in a temporary directory, deleted on close. */
    public static EmbeddedDatabase startThrowAway() throws IOException {
        return start(Files.createTempDirectory("waypoint-pgdata"), 0, true);
    }

    private static EmbeddedDatabase start(Path dataDirectory, int port, boolean throwAway) throws IOException {
        PasswordFile superuserPassword = PasswordFile.readOrGenerate(dataDirectory.resolve(SUPERUSER_PASSWORD_FILE));
        PasswordFile appPassword = PasswordFile.readOrGenerate(dataDirectory.resolve(APP_PASSWORD_FILE));
        Path pgHba = dataDirectory.resolve("pg_hba.conf");
        if (!superuserPassword.stored() && Files.exists(pgHba) && Files.readString(pgHba).equals(PG_HBA)) {
            throw new IllegalStateException("The embedded database in " + dataDirectory + " requires a password, and "
                    + SUPERUSER_PASSWORD_FILE + " is missing there: restore it from a backup of that directory");
        }
        // zonky checks that the server is ready by connecting as the superuser, with this password
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(throwAway)
                .setPort(port)
                .setConnectConfig("password", superuserPassword.password())
                .start();
        try {
            // stored before they are set, so that a crash in between cannot lock anyone out
            superuserPassword.store();
            appPassword.store();
            setUpRolesAndDatabase(postgres, superuserPassword.password(), appPassword.password());
            requirePasswords(postgres, pgHba);
        } catch (IOException | SQLException | RuntimeException e) {
            postgres.close();
            throw e instanceof IOException io ? io : new IOException("Could not set up the embedded database", e);
        }
        return new EmbeddedDatabase(postgres, dataDirectory, appPassword.password());
    }

    private static void setUpRolesAndDatabase(EmbeddedPostgres postgres, String superuserPassword,
                                              String appPassword) throws SQLException {
        boolean earlierLayout;
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            // set as SCRAM verifiers computed here, so no password reaches the server (or its log) in clear
            PGConnection pg = connection.unwrap(PGConnection.class);
            pg.alterUserPassword(SUPERUSER, superuserPassword.toCharArray(), SCRAM);
            if (!exists(connection, "select from pg_roles where rolname = '" + APP_ROLE + "'")) {
                execute(connection, "create role " + APP_ROLE + " login nosuperuser nocreatedb nocreaterole");
            }
            pg.alterUserPassword(APP_ROLE, appPassword.toCharArray(), SCRAM);
            boolean hasAppDatabase = exists(connection, "select from pg_database where datname = '" + APP_DATABASE + "'");
            earlierLayout = !hasAppDatabase && exists(connection, "select from pg_tables where schemaname = 'public'");
            if (!hasAppDatabase && !earlierLayout) {
                execute(connection, "create database " + APP_DATABASE + " owner " + APP_ROLE);
            }
        }
        if (earlierLayout) {
            // Earlier versions kept the app's tables in the database postgres: it becomes the app's database, and
            // a new, empty postgres takes its place for administration. A database is renamed from another one.
            log.info("Handing the embedded database's existing data over to the role {}", APP_ROLE);
            try (Connection connection = postgres.getTemplateDatabase().getConnection()) {
                execute(connection, "alter database postgres rename to " + APP_DATABASE);
                execute(connection, "create database postgres");
            }
        }
        try (Connection connection = postgres.getDatabase(SUPERUSER, APP_DATABASE).getConnection()) {
            execute(connection, "alter database " + APP_DATABASE + " owner to " + APP_ROLE);
            execute(connection, HAND_OVER_TO_APP);
        }
    }

    /** Replaces the trust rules of initdb (and of earlier versions) by password rules. */
    private static void requirePasswords(EmbeddedPostgres postgres, Path pgHba) throws IOException, SQLException {
        if (Files.readString(pgHba).equals(PG_HBA)) {
            return;
        }
        // written in place, so the file keeps the owner the server runs as
        Files.writeString(pgHba, PG_HBA);
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            execute(connection, "select pg_reload_conf()");
        }
        // pg_reload_conf only signals the server, which rereads the rules a moment later: nothing goes on before
        DataSource withoutPassword = postgres.getDatabase(SUPERUSER, "postgres", Map.of());
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (letsIn(withoutPassword)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The embedded database still lets in connections without a password");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static boolean letsIn(DataSource dataSource) {
        try (Connection ignored = dataSource.getConnection()) {
            return true;
        } catch (SQLException refused) {
            return false;
        }
    }

    private static boolean exists(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeQuery(query).next();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(APP_ROLE, APP_DATABASE);
    }

    public String appPassword() {
        return appPassword;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
