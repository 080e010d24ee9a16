package app.waypoint.backup.ui;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.ResourcePropertySource;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar waypoint.jar backup <file>} and {@code restore <file>}: the commands run without the web app,
 * against the database the app would use with the same settings (environment variables, or {@code --name=value}
 * after the file). A backup is taken while the app runs; a restore goes into an empty database only.
 */
public final class BackupCommand {

    static final String USAGE = """
            Usage: java -jar waypoint.jar backup <file>    writes a backup of the database into a new file
                   java -jar waypoint.jar restore <file>   restores a backup into an empty database
            The database is the one the app uses with the same settings: SPRING_DATASOURCE_URL (with
            SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD), else the embedded database in
            WAYPOINT_DATA_DIR (default ~/.waypoint/pgdata). A backup may be taken while the app runs.""";

    private static final List<String> COMMANDS = List.of("backup", "restore");

    private BackupCommand() {
    }

    /** Whether the command line asks for a backup or a restore rather than the app. */
    public static boolean isAskedFor(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs the command and ends the process with its exit status. */
    public static void runAndExit(String[] args) {
        // without Spring Boot's logging set-up, Logback would print every library's debug output
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
        }
        System.exit(run(args, System.out, System.err));
    }

    /** @return the exit status: 0 when done, 1 when refused or failed, 2 for a wrong command line */
    static int run(String[] args, PrintStream out, PrintStream err) {
        SimpleCommandLinePropertySource commandLine = new SimpleCommandLinePropertySource(args);
        List<String> words = Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toList();
        if (words.size() != 2 || !COMMANDS.contains(words.get(0))) {
            err.println(USAGE);
            return 2;
        }
        Path file = Path.of(words.get(1)).toAbsolutePath();
        try {
            ConfigurableEnvironment environment = environment(commandLine);
            if (words.get(0).equals("backup")) {
                backup(environment, file, out);
            } else {
                restore(environment, file, out);
            }
            return 0;
        } catch (BackupRefused refused) {
            err.println(refused.getMessage());
            return 1;
        } catch (IOException | SQLException | RuntimeException e) {
            err.println(words.get(0) + " failed: " + e);
            e.printStackTrace(err);
            return 1;
        }
    }

    private static void backup(ConfigurableEnvironment environment, Path file, PrintStream out)
            throws IOException, SQLException {
        if (Files.exists(file)) {
            throw new BackupRefused(file + " exists already: a backup never overwrites a file, choose a new name");
        }
        // written under another name first, so that a backup cut short never looks like a finished one
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        BackupManifest manifest;
        try (BackupDatabase database = BackupDatabase.find(environment, false);
             Connection connection = database.dataSource().getConnection();
             OutputStream to = Files.newOutputStream(createPrivately(partial))) {
            manifest = DatabaseBackup.write(connection, to);
            out.println("Backed up " + manifest.tables().size() + " tables (" + manifest.rows() + " rows, schema version "
                    + manifest.schemaVersion() + ") of " + database.description() + ".");
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        out.println("Wrote " + file + ". It holds everything people keep in Waypoint, password hashes included:"
                + " keep it private.");
    }

    private static void restore(ConfigurableEnvironment environment, Path file, PrintStream out)
            throws IOException, SQLException {
        // the file is checked before any database is started or created for it
        BackupFile.open(file).close();
        try (BackupDatabase database = BackupDatabase.find(environment, true)) {
            BackupManifest manifest = DatabaseRestore.restore(file, database.dataSource());
            out.println("Restored " + manifest.tables().size() + " tables (" + manifest.rows() + " rows, schema version "
                    + manifest.schemaVersion() + ", taken " + manifest.takenAt() + ") into " + database.description()
                    + ". Start Waypoint on it as usual.");
        }
    }

    /** The app's own settings: the command line first, then system properties and environment variables. */
    private static ConfigurableEnvironment environment(SimpleCommandLinePropertySource commandLine) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(commandLine);
        environment.getPropertySources().addLast(new ResourcePropertySource("classpath:application.properties"));
        return environment;
    }

    private static Path createPrivately(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createFile(file);
    }
}
