package app.waypoint.base.ui;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseConfigTest {

    private final EmbeddedDatabaseConfig config = new EmbeddedDatabaseConfig();

    @Test
    void dataInTheDataDirectorySurvivesARestart(@TempDir Path home) throws IOException {
        Path dataDirectory = home.resolve(".waypoint/pgdata");
        int port = freePort();

        try (var first = config.embeddedPostgres(false, dataDirectory, port);
             var pool = (HikariDataSource) config.dataSource(first)) {
            var jdbc = new JdbcTemplate(pool);
            jdbc.execute("create table note (text varchar(20))");
            jdbc.update("insert into note values ('still here')");
        }
        try (var second = config.embeddedPostgres(false, dataDirectory, port);
             var pool = (HikariDataSource) config.dataSource(second)) {
            var jdbc = new JdbcTemplate(pool);
            assertThat(jdbc.queryForObject("select text from note", String.class)).isEqualTo("still here");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
