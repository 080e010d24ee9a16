package app.waypoint.base.ui;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * With no database configured, Waypoint runs on a real PostgreSQL of its own. Its data directory lives in
 * the user's home by default, so data survives restarts; {@code waypoint.database.ephemeral=true} gives a
 * fresh throw-away database instead (tests). Either way the app connects as its own role with a password, never
 * as superuser: see {@link EmbeddedDatabase}.
 *
 * <p>The choice between the embedded database and a server named by {@code spring.datasource.url} (or
 * {@code SPRING_DATASOURCE_URL}) is made when the beans are created, not by a condition on the configuration:
 * the production jar's bean definitions are fixed when it is built (Spring AOT), and the same jar must run with
 * either. The pool is Hikari in both cases, with Spring Boot's {@code spring.datasource.hikari.*} settings.
 */
@Configuration(proxyBeanMethods = false)
public class EmbeddedDatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);

    /**
     * The embedded database, or none (a null bean) when a database server is configured. The app's main method
     * has it started already ({@link EmbeddedDatabaseEarlyStart}); elsewhere it starts here.
     */
    @Bean(destroyMethod = "close")
    @Nullable EmbeddedDatabase embeddedDatabase(DataSourceProperties server,
                                                Optional<EmbeddedDatabaseEarlyStart.Starting> started,
                                                @Value("${waypoint.database.ephemeral:false}") boolean ephemeral,
                                                @Value("${waypoint.database.data-dir}") Path dataDirectory,
                                                @Value("${waypoint.database.port}") int port) throws IOException {
        if (StringUtils.hasText(server.getUrl())) {
            return null;
        }
        if (started.isPresent()) {
            return started.get().await();
        }
        return start(ephemeral, dataDirectory, port);
    }

    EmbeddedDatabase start(boolean ephemeral, Path dataDirectory, int port) throws IOException {
        if (ephemeral) {
            return EmbeddedDatabase.startThrowAway();
        }
        log.info("Starting the embedded PostgreSQL on port {} with data in {}", port, dataDirectory);
        return EmbeddedDatabase.start(dataDirectory, port);
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties server, Optional<EmbeddedDatabase> embedded) {
        return embedded.map(this::pool).orElseGet(() -> pool(server));
    }

    HikariDataSource pool(EmbeddedDatabase database) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(database.jdbcUrl())
                .username(EmbeddedDatabase.APP_ROLE)
                .password(database.appPassword())
                .build();
    }

    /** As Spring Boot sets up the pool for a configured server. */
    private static HikariDataSource pool(DataSourceProperties server) {
        HikariDataSource pool = server.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        if (StringUtils.hasText(server.getName())) {
            pool.setPoolName(server.getName());
        }
        return pool;
    }
}
