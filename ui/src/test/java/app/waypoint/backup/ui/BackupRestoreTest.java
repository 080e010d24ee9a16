package app.waypoint.backup.ui;

import app.waypoint.account.service.AccountFixtures;
import app.waypoint.base.domain.Language;
import app.waypoint.base.ui.EmbeddedDatabase;
import app.waypoint.base.ui.KaribuTest;
import app.waypoint.portfolio.service.ProjectBoardService;
import app.waypoint.portfolio.service.ProjectService;
import app.waypoint.roadmap.domain.ProgressStatus;
import app.waypoint.roadmap.service.RoadmapOutline;
import app.waypoint.roadmap.service.RoadmapService;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backup commands against the database of the app running in this test run, and restores into fresh
 * databases. The app that starts on a restored database runs in a process of its own: a second Spring context in
 * this JVM would take over the security context holder the other tests rely on.
 */
class BackupRestoreTest extends KaribuTest {

    private static final String ROADMAP = "ai-backend-2025h2";
    /** Everything COPY's text format must escape, and text beyond ASCII. */
    private static final String AWKWARD_NOTES = "한국어 노트\ttab\\backslash\nnew line \\N not null";

    @Autowired RoadmapService roadmaps;
    @Autowired ProjectService projects;
    @Autowired ProjectBoardService projectBoard;
    @Autowired EmbeddedDatabase runningDatabase;
    @Autowired DataSource runningDataSource;

    @TempDir Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aBackupTakenWhileTheAppRunsRestoresIntoAFreshDatabaseOnWhichTheAppStartsWithAllItsData() throws Exception {
        somethingOfEverything();
        Path backup = folder.resolve("waypoint-backup.zip");

        assertThat(command("backup", backup.toString(), "--waypoint.database.data-dir=" + runningDatabase.dataDirectory()))
                .as(err.toString()).isZero();
        Map<String, String> before = contents(runningDataSource);
        assertThat(out.toString()).contains("Backed up " + before.size() + " tables", "keep it private");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        assertThat(backup.resolveSibling("waypoint-backup.zip.partial")).doesNotExist();

        Path dataDirectory = folder.resolve("restored-pgdata");
        int databasePort = freePort();
        assertThat(command("restore", backup.toString(), "--waypoint.database.data-dir=" + dataDirectory,
                "--waypoint.database.port=" + databasePort)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Restored " + before.size() + " tables");

        int httpPort = freePort();
        Process app = startApp(dataDirectory, databasePort, httpPort);
        try {
            awaitHealthy(app, httpPort);
            DataSource restored = new DriverManagerDataSource("jdbc:postgresql://localhost:" + databasePort + "/waypoint",
                    "waypoint_app", Files.readString(dataDirectory.resolve("waypoint-app.password")).strip());
            // every row of every table, after the app started on it (migrations, content loading, validation)
            assertThat(contents(restored)).isEqualTo(before);
            Flyway.configure().dataSource(restored).locations("classpath:db/migration").load().validate();

            // the restored password hash lets its owner in, and the security log takes a new entry after the old
            long lastEvent = new JdbcTemplate(restored).queryForObject("select max(id) from security_event", Long.class);
            assertThat(logIn(httpPort, "ada@example.com", AccountFixtures.PASSWORD)).doesNotContain("login");
            assertThat(logIn(httpPort, "ada@example.com", "not the password at all")).endsWith("/login?error");
            assertThat(new JdbcTemplate(restored).queryForObject("select max(id) from security_event", Long.class))
                    .isGreaterThan(lastEvent);
        } finally {
            stop(app);
        }
    }

    @Test
    void aBackupIsRestoredOnlyIntoAnEmptyDatabase() throws Exception {
        somethingOfEverything();
        Path backup = folder.resolve("backup.zip");
        assertThat(command("backup", backup.toString(), "--waypoint.database.data-dir=" + runningDatabase.dataDirectory()))
                .as(err.toString()).isZero();

        try (EmbeddedDatabase target = EmbeddedDatabase.startThrowAway()) {
            String[] server = {"--spring.datasource.url=" + target.jdbcUrl(), "--spring.datasource.username=waypoint_app",
                    "--spring.datasource.password=" + target.appPassword()};
            assertThat(command("restore", backup.toString(), server[0], server[1], server[2]))
                    .as(err.toString()).isZero();
            DataSource restored = new DriverManagerDataSource(target.jdbcUrl(), "waypoint_app", target.appPassword());
            Map<String, String> restoredOnce = contents(restored);
            assertThat(restoredOnce).isEqualTo(contents(runningDataSource));

            assertThat(command("restore", backup.toString(), server[0], server[1], server[2])).isEqualTo(1);
            assertThat(err.toString()).contains("The database is not empty", "Nothing was restored");
            assertThat(contents(restored)).isEqualTo(restoredOnce);

            // the running app's own database: refused the same way, and left as it is
            Map<String, String> running = contents(runningDataSource);
            assertThat(command("restore", backup.toString(),
                    "--waypoint.database.data-dir=" + runningDatabase.dataDirectory())).isEqualTo(1);
            assertThat(err.toString()).contains("The database is not empty");
            assertThat(contents(runningDataSource)).isEqualTo(running);
        }
    }

    @Test
    void aDamagedOrIncompleteFileIsRefusedBeforeAnythingIsWritten() throws Exception {
        somethingOfEverything();
        Path backup = folder.resolve("backup.zip");
        assertThat(command("backup", backup.toString(), "--waypoint.database.data-dir=" + runningDatabase.dataDirectory()))
                .as(err.toString()).isZero();
        byte[] whole = Files.readAllBytes(backup);

        Path cutShort = folder.resolve("cut-short.zip");
        Files.write(cutShort, java.util.Arrays.copyOf(whole, whole.length / 2));
        Path changed = folder.resolve("changed.zip");
        rewrite(backup, changed, "tables/node_progress.copy", data -> data.replace("DONE", "SKIPPED"));
        Path flipped = folder.resolve("flipped.zip");
        byte[] damaged = whole.clone();
        for (int i = whole.length / 3; i < whole.length / 3 + 16; i++) {
            damaged[i] ^= (byte) 0x5a;
        }
        Files.write(flipped, damaged);
        Path notABackup = folder.resolve("notes.zip");
        rewrite(backup, notABackup, BackupManifest.ENTRY, null);

        try (EmbeddedDatabase target = EmbeddedDatabase.startThrowAway()) {
            String[] server = {"--spring.datasource.url=" + target.jdbcUrl(), "--spring.datasource.username=waypoint_app",
                    "--spring.datasource.password=" + target.appPassword()};
            assertRefused(cutShort, server, "is damaged or incomplete: it is not a complete zip file");
            assertRefused(changed, server, "the data of table node_progress does not match its checksum");
            assertRefused(flipped, server, "is damaged or incomplete");
            assertRefused(notABackup, server, "is not a Waypoint backup");
            assertRefused(folder.resolve("missing.zip"), server, "There is no backup file");

            try (var connection = new DriverManagerDataSource(target.jdbcUrl(), "waypoint_app", target.appPassword())
                    .getConnection()) {
                assertThat(DatabaseTables.anyTable(connection)).as("nothing written").isNull();
            }
        }
    }

    @Test
    void aBackupNeverOverwritesAFileAndWantsAFileName() throws Exception {
        Path existing = Files.writeString(folder.resolve("earlier.zip"), "an earlier backup");
        assertThat(command("backup", existing.toString(),
                "--waypoint.database.data-dir=" + runningDatabase.dataDirectory())).isEqualTo(1);
        assertThat(err.toString()).contains("exists already");
        assertThat(Files.readString(existing)).isEqualTo("an earlier backup");

        assertThat(command("backup")).isEqualTo(2);
        assertThat(err.toString()).contains("Usage: java -jar waypoint.jar backup <file>");

        assertThat(command("backup", folder.resolve("new.zip").toString(),
                "--waypoint.database.data-dir=" + folder.resolve("no-such-pgdata"))).isEqualTo(1);
        assertThat(err.toString()).contains("There is no embedded database in");
        assertThat(folder.resolve("no-such-pgdata")).doesNotExist();
    }

    /** An account with roadmap progress and notes, a project with a task, and their security log entries. */
    private void somethingOfEverything() {
        signUpAndLogIn("ada@example.com", Language.KO);
        RoadmapOutline outline = roadmaps.outline(ROADMAP);
        long topic = outline.stages().get(0).topics().get(0).id();
        roadmaps.changeStatus(topic, ProgressStatus.DONE);
        roadmaps.saveNotes(topic, AWKWARD_NOTES, roadmaps.currentState(topic).version());
        long project = projects.createBlank("Backed-up project");
        projectBoard.addTask(project, "Task that survives");
    }

    private int command(String... args) {
        out.reset();
        err.reset();
        return BackupCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private void assertRefused(Path file, String[] server, String message) {
        assertThat(command("restore", file.toString(), server[0], server[1], server[2])).as(err.toString()).isEqualTo(1);
        assertThat(err.toString()).contains(message);
    }

    /** Per table but Flyway's history: its row count and a digest of all its rows. */
    private static Map<String, String> contents(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Map<String, String> contents = new LinkedHashMap<>();
        for (String table : jdbc.queryForList("select tablename from pg_tables where schemaname = 'public'"
                + " and tablename <> 'flyway_schema_history' order by tablename", String.class)) {
            contents.put(table, jdbc.queryForObject("select count(*) || ' ' || coalesce(md5(string_agg(t::text, "
                    + "E'\\n' order by t::text)), '') from " + table + " t", String.class));
        }
        assertThat(contents).containsKeys("account", "node_progress", "project", "project_task", "roadmap_node",
                "security_event");
        assertThat(contents.get("node_progress")).doesNotStartWith("0 ");
        return contents;
    }

    private static void rewrite(Path from, Path to, String entryName, java.util.function.UnaryOperator<String> change)
            throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile()); OutputStream file = Files.newOutputStream(to);
             ZipOutputStream copy = new ZipOutputStream(file)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().equals(entryName) && change == null) {
                    continue;
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] data = in.readAllBytes();
                    copy.write(entry.getName().equals(entryName)
                            ? change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)
                            : data);
                }
                copy.closeEntry();
            }
        }
    }

    /** The app as it is run, in a JVM of its own, with this test run's classes and libraries. */
    private static Process startApp(Path dataDirectory, int databasePort, int httpPort) throws IOException {
        Path log = Path.of("target", "backup-restore-app.log");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:TieredStopAtLevel=1", "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "app.waypoint.Application", "--server.port=" + httpPort,
                "--waypoint.database.data-dir=" + dataDirectory, "--waypoint.database.port=" + databasePort,
                "--vaadin.devmode.devTools.enabled=false", "--spring.main.banner-mode=off"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitHealthy(Process app, int httpPort) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertThat(app.isAlive()).as("the app ended early; see ui/target/backup-restore-app.log").isTrue();
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + httpPort + "/actuator/health")).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the app did not become healthy in 120 s; see ui/target/backup-restore-app.log");
    }

    /**
     * Signs in through the login form as a browser does: its page first, for the session and the CSRF token.
     * @return where the app sends the browser next
     */
    private static String logIn(int httpPort, String email, String password) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + httpPort;
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Accept", "text/html")
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        Matcher parameter = Pattern.compile("name=\"_csrf_parameter\" content=\"([^\"]+)\"").matcher(page);
        if (token.find() && parameter.find()) {
            form += "&" + parameter.group(1) + "=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        }
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("the login form answers with a redirect").isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    /** Ends the app as a service manager does, so that it stops its database on the way out. */
    private static void stop(Process app) throws InterruptedException {
        app.destroy();
        if (!app.waitFor(60, TimeUnit.SECONDS)) {
            app.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
