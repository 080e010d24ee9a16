package app.waypoint;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** No Docker engine runs where Waypoint is built, so the compose file is checked by reading it. */
class DockerComposeFileTest {

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsTheAppOnPostgresWithDataInANamedVolume() throws IOException {
        Map<String, Object> compose;
        try (Reader reader = Files.newBufferedReader(Path.of("..", "docker-compose.yml"))) {
            compose = new Yaml().load(reader);
        }
        var services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services).containsOnlyKeys("db", "app");

        var db = services.get("db");
        assertThat((String) db.get("image")).startsWith("postgres:");
        assertThat((List<String>) db.get("volumes")).contains("waypoint-data:/var/lib/postgresql");
        assertThat(db).containsKey("healthcheck");

        var app = services.get("app");
        var environment = (Map<String, String>) app.get("environment");
        assertThat(environment.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:postgresql://db:5432/waypoint");
        assertThat(environment).containsKeys("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");
        assertThat((List<String>) app.get("ports")).contains("8080:8080");
        assertThat(((Map<String, Map<String, String>>) app.get("depends_on")).get("db"))
                .containsEntry("condition", "service_healthy");
        assertThat((Map<String, Object>) compose.get("volumes")).containsKey("waypoint-data");
        assertThat(Files.exists(Path.of("..", "Dockerfile"))).isTrue();
    }
}
