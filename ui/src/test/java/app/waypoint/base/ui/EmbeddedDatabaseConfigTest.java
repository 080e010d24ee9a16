package app.waypoint.base.ui;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class EmbeddedDatabaseConfigTest {

    private final EmbeddedDatabaseConfig config = new EmbeddedDatabaseConfig();

    @TempDir
    Path home;

    private Path dataDirectory() {
        return home.resolve(".waypoint/pgdata");
    }

    @Test
    void theAppConnectsAsItsOwnRoleThatIsNoSuperuser() throws IOException {
        try (var database = config.start(false, dataDirectory(), freePort());
             var pool = config.pool(database)) {
            var jdbc = new JdbcTemplate(pool);
            assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("waypoint_app");
            assertThat(jdbc.queryForObject("select current_database()", String.class)).isEqualTo("waypoint");
            assertThat(jdbc.queryForObject("select rolsuper from pg_roles where rolname = current_user", Boolean.class))
                    .isFalse();
            jdbc.execute("create table note (text varchar(20))");
        }
    }

    @Test
    void nobodyConnectsWithoutTheRightPassword() throws IOException, SQLException {
        int port = freePort();
        try (var database = config.start(false, dataDirectory(), port)) {
            assertThatThrownBy(() -> connect(port, "postgres", "postgres", null)).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> connect(port, "waypoint", "waypoint_app", null)).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> connect(port, "waypoint", "waypoint_app", "wrong" + database.appPassword()))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> connect(port, "postgres", "postgres", database.appPassword()))
                    .isInstanceOf(SQLException.class);

            // what an admin does with the password file
            String superuserPassword = Files.readString(dataDirectory().resolve("postgres.password")).strip();
            assertThat(connect(port, "waypoint", "postgres", superuserPassword)).isTrue();
        }
    }

    @Test
    void thePasswordFilesAreReadableByTheirOwnerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        try (var database = config.start(false, dataDirectory(), freePort())) {
            for (String name : new String[]{"waypoint-app.password", "postgres.password"}) {
                Path file = dataDirectory().resolve(name);
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            }
            assertThat(Files.readString(dataDirectory().resolve("waypoint-app.password")).strip())
                    .isEqualTo(database.appPassword())
                    .hasSizeGreaterThanOrEqualTo(40);
        }
    }

    @Test
    void dataInTheDataDirectorySurvivesARestart() throws IOException {
        int port = freePort();
        String firstPassword;
        try (var first = config.start(false, dataDirectory(), port);
             var pool = config.pool(first)) {
            firstPassword = first.appPassword();
            var jdbc = new JdbcTemplate(pool);
            jdbc.execute("create table note (text varchar(20))");
            jdbc.update("insert into note values ('still here')");
        }
        try (var second = config.start(false, dataDirectory(), port);
             var pool = config.pool(second)) {
            assertThat(second.appPassword()).isEqualTo(firstPassword);
            var jdbc = new JdbcTemplate(pool);
            assertThat(jdbc.queryForObject("select text from note", String.class)).isEqualTo("still here");
        }
    }

    @Test
    void aDataDirectoryOfAnEarlierVersionIsTakenOverWithItsData() throws IOException, SQLException {
        int port = freePort();
        // as earlier versions ran it: superuser, no password, the app's tables in the database postgres
        try (var earlier = EmbeddedPostgres.builder().setDataDirectory(dataDirectory()).setCleanDataDirectory(false)
                .setPort(port).start();
             var connection = earlier.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("create table note (id bigint generated always as identity primary key, text varchar(20))");
            statement.execute("insert into note (text) values ('from before')");
            statement.execute("create function note_count() returns bigint language sql as 'select count(*) from note'");
        }

        for (int start = 1; start <= 2; start++) {
            try (var database = config.start(false, dataDirectory(), port);
                 var pool = config.pool(database)) {
                var jdbc = new JdbcTemplate(pool);
                assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("waypoint_app");
                assertThat(jdbc.queryForList("select text from note order by id", String.class))
                        .startsWith("from before");
                // owner of the table, its identity sequence and the function: migrations can change them
                jdbc.update("insert into note (text) values ('after')");
                jdbc.execute("alter table note add column added_by_migration int");
                jdbc.execute("create or replace function note_count() returns bigint language sql as 'select 0::bigint'");
                assertThat(jdbc.queryForObject("select pg_get_userbyid(relowner) from pg_class where relname = 'note'",
                        String.class)).isEqualTo("waypoint_app");
                jdbc.execute("alter table note drop column added_by_migration");
            }
        }
        assertThatThrownBy(() -> connect(port, "postgres", "postgres", null)).isInstanceOf(SQLException.class);
    }

    @Test
    void theThrowAwayDatabaseIsSetUpTheSameWayAndGoesAwayOnClose() throws IOException {
        Path dataDirectory;
        try (var database = config.start(true, Path.of("unused"), 0);
             var pool = config.pool(database)) {
            var jdbc = new JdbcTemplate(pool);
            assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("waypoint_app");
            assertThatThrownBy(() -> connect(database.port(), "postgres", "postgres", null))
                    .isInstanceOf(SQLException.class);
            dataDirectory = database.dataDirectory();
            assertThat(dataDirectory.resolve("waypoint-app.password")).exists();
        }
        assertThat(dataDirectory).doesNotExist();
    }

    @Test
    void aConfiguredServerTakesThePlaceOfTheEmbeddedDatabase() throws Exception {
        try (var server = config.start(true, Path.of("unused"), 0)) {
            var properties = new DataSourceProperties();
            properties.setBeanClassLoader(getClass().getClassLoader());
            properties.afterPropertiesSet();
            properties.setUrl(server.jdbcUrl());
            properties.setUsername("waypoint_app");
            properties.setPassword(server.appPassword());

            assertThat(config.embeddedDatabase(properties, Optional.empty(), false, dataDirectory(), freePort())).isNull();
            assertThat(dataDirectory()).doesNotExist();
            try (var pool = config.dataSource(properties, Optional.empty())) {
                assertThat(new JdbcTemplate(pool).queryForObject("select current_database()", String.class))
                        .isEqualTo("waypoint");
            }
        }
    }

    private static boolean connect(int port, String database, String user, String password) throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        try (var connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database,
                properties)) {
            return connection.isValid(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
