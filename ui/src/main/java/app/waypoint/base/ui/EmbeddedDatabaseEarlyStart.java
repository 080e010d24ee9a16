package app.waypoint.base.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Starts the embedded PostgreSQL on a thread of its own as the app starts, so that the server comes up while the
 * web server and the rest of the app are set up; the {@code embeddedDatabase} bean then takes it from here. Only
 * for the app's persistent database: with a configured server, or a throw-away database (tests), it does nothing
 * and the bean starts the database itself, as before.
 */
public final class EmbeddedDatabaseEarlyStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseEarlyStart.class);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Environment environment = context.getEnvironment();
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || environment.getProperty("waypoint.database.ephemeral", Boolean.class, false)) {
            return;
        }
        Path dataDirectory = Path.of(environment.getRequiredProperty("waypoint.database.data-dir"));
        int port = environment.getRequiredProperty("waypoint.database.port", Integer.class);
        log.info("Starting the embedded PostgreSQL on port {} with data in {}", port, dataDirectory);
        Starting starting = new Starting(new FutureTask<>(() -> EmbeddedDatabase.start(dataDirectory, port)));
        Thread.ofPlatform().name("embedded-database-start").start(starting.task);
        context.getBeanFactory().registerSingleton("embeddedDatabaseStarting", starting);
    }

    /** The database being started, with the settings the {@code embeddedDatabase} bean reads as well. */
    public static final class Starting {

        private final FutureTask<EmbeddedDatabase> task;

        private Starting(FutureTask<EmbeddedDatabase> task) {
            this.task = task;
        }

        /** Waits until the database is up; a failure to start is thrown here, as a start on this thread would. */
        EmbeddedDatabase await() throws IOException {
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while the embedded database started", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new IOException("Could not start the embedded database", cause);
            }
        }
    }
}
