package app.waypoint.base.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Path;

/**
 * With no database configured, Waypoint runs on a real PostgreSQL of its own. Its data directory lives in
 * the user's home by default, so data survives restarts; {@code waypoint.database.ephemeral=true} gives a
 * fresh throw-away database instead (tests). Either way the app connects as its own role with a password, never
 * as superuser: see {@link EmbeddedDatabase}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfig.NoDatasourceUrl.class)
public class EmbeddedDatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(@Value("${waypoint.database.ephemeral:false}") boolean ephemeral,
                                      @Value("${waypoint.database.data-dir}") Path dataDirectory,
                                      @Value("${waypoint.database.port}") int port) throws IOException {
        if (ephemeral) {
            return EmbeddedDatabase.startThrowAway();
        }
        log.info("Starting the embedded PostgreSQL on port {} with data in {}", port, dataDirectory);
        return EmbeddedDatabase.start(dataDirectory, port);
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase database) {
        return DataSourceBuilder.create()
                .url(database.jdbcUrl())
                .username(EmbeddedDatabase.APP_ROLE)
                .password(database.appPassword())
                .build();
    }

    /** True when neither a property nor {@code SPRING_DATASOURCE_URL} names a database server. */
    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
