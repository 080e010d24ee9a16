package app.waypoint;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.unit.DataSize;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No cluster runs where Waypoint is built, so the Kubernetes manifests in deploy/kubernetes are checked by reading
 * them: that their parts name one another, and that they agree with the app's settings, the Dockerfile and the
 * capacity note in the README.
 */
@SuppressWarnings("unchecked")
class KubernetesManifestsTest {

    private static final Path MANIFESTS = Path.of("..", "deploy", "kubernetes");
    private static final String KUSTOMIZATION = "kustomization.yaml";
    /** Created by hand with real credentials, so never applied by the kustomization. */
    private static final String EXAMPLE_SECRET = "secret.example.yaml";
    private static final Map<String, String> API_VERSIONS = Map.of(
            "Deployment", "apps/v1", "Service", "v1", "Secret", "v1",
            "Ingress", "networking.k8s.io/v1", "PodDisruptionBudget", "policy/v1");
    private static final String LIVENESS = "/actuator/health/liveness";
    private static final String READINESS = "/actuator/health/readiness";
    /** A session holds the UIs of its open tabs: the capacity note plans with three of the heaviest page. */
    private static final int UIS_PER_SESSION = 3;

    private static List<Map<String, Object>> documents;

    @BeforeAll
    static void readManifests() throws IOException {
        documents = new ArrayList<>();
        for (Path file : yamlFiles()) {
            if (!file.getFileName().toString().equals(KUSTOMIZATION)) {
                documents.addAll(load(file));
            }
        }
    }

    @Test
    void theKustomizationListsEveryManifestButTheExampleSecret() throws IOException {
        List<String> resources = (List<String>) load(MANIFESTS.resolve(KUSTOMIZATION)).getFirst().get("resources");
        Set<String> manifestFiles = new TreeSet<>();
        for (Path file : yamlFiles()) {
            manifestFiles.add(file.getFileName().toString());
        }
        manifestFiles.removeAll(Set.of(KUSTOMIZATION, EXAMPLE_SECRET));

        assertThat(resources).doesNotHaveDuplicates().doesNotContain(EXAMPLE_SECRET);
        assertThat(new TreeSet<>(resources)).isEqualTo(manifestFiles);
        assertThat(MANIFESTS.resolve(EXAMPLE_SECRET)).exists();
    }

    @Test
    void everyDocumentNamesItselfAndTheApiVersionOfItsKind() {
        assertThat(documents).extracting(document -> document.get("kind"))
                .containsOnly("Deployment", "Service", "Ingress", "Secret", "PodDisruptionBudget");
        for (Map<String, Object> document : documents) {
            String kind = (String) document.get("kind");
            assertThat(document.get("apiVersion")).as(kind).isEqualTo(API_VERSIONS.get(kind));
            assertThat((String) map(document, "metadata").get("name")).as(kind + " name").isNotBlank();
        }
    }

    @Test
    void theDeploymentRunsAtLeastTwoReplicasAndKeepsThemServingThroughAnUpdate() {
        Map<String, Object> spec = map(the("Deployment"), "spec");
        Map<String, Object> rollingUpdate = map(spec, "strategy", "rollingUpdate");

        assertThat((Integer) spec.get("replicas")).isGreaterThanOrEqualTo(2);
        assertThat(rollingUpdate.get("maxUnavailable")).isEqualTo(0);
        assertThat(podLabels()).containsAllEntriesOf(map(spec, "selector", "matchLabels"));
    }

    @Test
    void theServiceSelectsThePodsAndTargetsTheContainerPort() {
        Map<String, Object> spec = map(the("Service"), "spec");

        assertThat(spec.get("type")).isEqualTo("ClusterIP");
        assertThat(podLabels()).containsAllEntriesOf(map(spec, "selector"));
        for (Map<String, Object> port : (List<Map<String, Object>>) spec.get("ports")) {
            assertThat(containerPortNamesAndNumbers()).contains(port.get("targetPort"));
        }
    }

    @Test
    void theContainerListensOnThePortTheImageExposes() throws IOException {
        String dockerfile = Files.readString(Path.of("..", "Dockerfile"));

        assertThat(dockerfile).contains("EXPOSE " + containerPort().get("containerPort"));
    }

    @Test
    void theIngressSendsEveryoneToTheServiceAndKeepsEachBrowserOnItsReplica() {
        Map<String, Object> ingress = the("Ingress");
        Map<String, Object> service = map(the("Service"), "spec");
        List<Object> servicePorts = new ArrayList<>();
        for (Map<String, Object> port : (List<Map<String, Object>>) service.get("ports")) {
            servicePorts.add(port.get("name"));
            servicePorts.add(port.get("port"));
        }

        List<Map<String, Object>> rules = (List<Map<String, Object>>) map(ingress, "spec").get("rules");
        assertThat(rules).isNotEmpty();
        for (Map<String, Object> rule : rules) {
            for (Map<String, Object> path : (List<Map<String, Object>>) map(rule, "http").get("paths")) {
                Map<String, Object> backend = map(path, "backend", "service");
                assertThat(backend.get("name")).isEqualTo(map(the("Service"), "metadata").get("name"));
                Map<String, Object> port = map(backend, "port");
                assertThat(servicePorts).contains(port.getOrDefault("name", port.get("number")));
            }
        }
        Map<String, String> annotations = (Map<String, String>) map(ingress, "metadata").get("annotations");
        assertThat(annotations).containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie")
                .containsEntry("nginx.ingress.kubernetes.io/affinity-mode", "persistent");
        assertThat(annotations.get("nginx.ingress.kubernetes.io/session-cookie-name")).isNotBlank()
                .isNotEqualToIgnoringCase("JSESSIONID");
    }

    @Test
    void theAffinityCookieOutlivesAnySessionAndUploadsAsLargeAsTheAppTakesGetThrough() throws IOException {
        Map<String, String> annotations = (Map<String, String>) map(the("Ingress"), "metadata").get("annotations");
        Duration longestSession = duration("waypoint.session.lifetime")
                .plus(duration("server.servlet.session.timeout"));
        Duration cookieMaxAge = Duration.ofSeconds(
                Long.parseLong(annotations.get("nginx.ingress.kubernetes.io/session-cookie-max-age")));
        // nginx writes sizes as 12m for 12 MiB; Spring reads 12MB as the same.
        DataSize proxyBodySize = DataSize.parse(
                annotations.get("nginx.ingress.kubernetes.io/proxy-body-size").toUpperCase() + "B");

        assertThat(cookieMaxAge).isGreaterThanOrEqualTo(longestSession);
        assertThat(proxyBodySize)
                .isGreaterThanOrEqualTo(DataSize.parse(appDefault("spring.servlet.multipart.max-request-size")));
    }

    @Test
    void theProbesAskTheActuatorOnTheContainerPort() {
        Map<String, Object> container = container();

        assertThat(probePath(container, "readinessProbe")).isEqualTo(READINESS);
        assertThat(probePath(container, "livenessProbe")).isEqualTo(LIVENESS);
        assertThat(probePath(container, "startupProbe")).isIn(LIVENESS, READINESS);
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            assertThat(containerPortNamesAndNumbers()).as(probe)
                    .contains(map(container, probe, "httpGet").get("port"));
        }
    }

    @Test
    void theDatabaseComesFromTheSecretWhoseKeysTheExampleShows() {
        Map<String, Object> secret = the("Secret");
        Map<String, String> exampleValues = (Map<String, String>) secret.get("stringData");
        Map<String, Map<String, String>> fromSecret = new HashMap<>();
        for (Map<String, Object> variable : (List<Map<String, Object>>) container().get("env")) {
            if (variable.get("valueFrom") instanceof Map<?, ?> valueFrom && valueFrom.get("secretKeyRef") != null) {
                fromSecret.put((String) variable.get("name"), (Map<String, String>) valueFrom.get("secretKeyRef"));
            }
        }

        assertThat(fromSecret).containsKeys("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
                "SPRING_DATASOURCE_PASSWORD");
        for (Map<String, String> reference : fromSecret.values()) {
            assertThat(reference.get("name")).isEqualTo(map(secret, "metadata").get("name"));
            assertThat(exampleValues).containsKey(reference.get("key"));
        }
        assertThat(exampleValues.get("SPRING_DATASOURCE_URL")).startsWith("jdbc:postgresql://");
    }

    @Test
    void theAppRunsAsAnUnprivilegedUserAndWritesOnlyToItsOwnTmp() {
        Map<String, Object> pod = map(the("Deployment"), "spec", "template", "spec");
        Map<String, Object> container = container();
        List<Map<String, Object>> mounts = (List<Map<String, Object>>) container.get("volumeMounts");
        List<Map<String, Object>> volumes = (List<Map<String, Object>>) pod.get("volumes");

        assertThat(map(pod, "securityContext")).containsEntry("runAsNonRoot", true);
        assertThat((Integer) map(pod, "securityContext").get("runAsUser")).isPositive();
        assertThat(map(container, "securityContext")).containsEntry("readOnlyRootFilesystem", true)
                .containsEntry("allowPrivilegeEscalation", false);
        assertThat(mounts).singleElement().satisfies(mount -> {
            assertThat(mount.get("mountPath")).isEqualTo("/tmp");
            assertThat(volumes).filteredOn(volume -> volume.get("name").equals(mount.get("name")))
                    .singleElement().satisfies(volume -> assertThat(volume).containsKey("emptyDir"));
        });
    }

    @Test
    void everyContainerHasMemoryAndCpuRequestsWithinItsLimits() {
        for (Map<String, Object> container : containers()) {
            for (String resource : List.of("memory", "cpu")) {
                BigDecimal request = quantity(resources(container, "requests").get(resource));
                BigDecimal limit = quantity(resources(container, "limits").get(resource));
                assertThat(request).as(container.get("name") + " " + resource).isPositive();
                assertThat(limit).as(container.get("name") + " " + resource).isGreaterThanOrEqualTo(request);
            }
        }
    }

    @Test
    void quantitiesAreReadAsKubernetesReadsThem() {
        assertThat(quantity("500m")).isEqualByComparingTo("0.5");
        assertThat(quantity("2")).isEqualByComparingTo("2");
        assertThat(quantity("1536Mi")).isEqualByComparingTo(BigDecimal.valueOf(1536L * 1024 * 1024));
        assertThat(quantity("2Gi")).isEqualByComparingTo(BigDecimal.valueOf(2L * 1024 * 1024 * 1024));
        assertThat(quantity("1G")).isEqualByComparingTo("1000000000");
    }

    /** The README's arithmetic, recomputed from its own figures, the benchmark's report and the Dockerfile. */
    @Test
    void theMemoryRequestCoversTheCapacityNoteInTheReadme() throws IOException {
        Matcher line = readmeLine("memory = \\(base heap (\\d+) MiB \\+ (\\d+) sessions × ([\\d.]+) MiB\\)"
                + " / ([\\d.]+) live share / ([\\d.]+) heap share = ([\\d,]+) MiB");
        int baseHeap = Integer.parseInt(line.group(1));
        int sessions = Integer.parseInt(line.group(2));
        double perSession = Double.parseDouble(line.group(3));
        double liveShare = Double.parseDouble(line.group(4));
        double heapShare = Double.parseDouble(line.group(5));
        int total = Integer.parseInt(line.group(6).replace(",", ""));

        assertThat(perSession).as("MiB per session").isGreaterThanOrEqualTo(UIS_PER_SESSION * heaviestPageKb() / 1024);
        assertThat(heapShare).as("the image's MaxRAMPercentage").isEqualTo(imageHeapPercentage() / 100.0);
        assertThat(total).isEqualTo((int) Math.round((baseHeap + sessions * perSession) / liveShare / heapShare));
        BigDecimal mebibytes = BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(1024 * 1024));
        assertThat(quantity(resources(container(), "requests").get("memory"))).isGreaterThanOrEqualTo(mebibytes);
    }

    @Test
    void theNonHeapTheReadmeMeasuredFitsBesideTheHeap() throws IOException {
        Matcher line = readmeLine("non-heap (\\d+) MiB measured, within the limit's (\\d+) % left beside the heap");
        BigDecimal nonHeap = BigDecimal.valueOf(Long.parseLong(line.group(1)) * 1024 * 1024);
        int leftPercent = Integer.parseInt(line.group(2));
        BigDecimal limit = quantity(resources(container(), "limits").get("memory"));

        assertThat(leftPercent).isEqualTo(100 - imageHeapPercentage());
        assertThat(limit.multiply(BigDecimal.valueOf(leftPercent)).divide(BigDecimal.valueOf(100), RoundingMode.DOWN))
                .isGreaterThanOrEqualTo(nonHeap);
    }

    @Test
    void theConnectionBudgetInTheReadmeCountsTheReplicasAndTheirPools() throws IOException {
        Matcher line = readmeLine("connections = (\\d+) replicas during an update \\((\\d+) \\+ maxSurge (\\d+)\\)"
                + " × pool (\\d+) = (\\d+)");
        Map<String, Object> spec = map(the("Deployment"), "spec");
        String pool = ((List<Map<String, Object>>) container().get("env")).stream()
                .filter(variable -> variable.get("name").equals("SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE"))
                .map(variable -> (String) variable.get("value")).findFirst().orElseThrow();

        int replicasInUpdate = Integer.parseInt(line.group(1));
        int replicas = Integer.parseInt(line.group(2));
        int maxSurge = Integer.parseInt(line.group(3));

        assertThat(replicas).isEqualTo(spec.get("replicas"));
        assertThat(maxSurge).isEqualTo(map(spec, "strategy", "rollingUpdate").get("maxSurge"));
        assertThat(line.group(4)).isEqualTo(pool);
        assertThat(replicasInUpdate).isEqualTo(replicas + maxSurge);
        assertThat(Integer.parseInt(line.group(5))).isEqualTo(replicasInUpdate * Integer.parseInt(pool));
    }

    /** The probe paths the Deployment names answer in the running app, as the kubelet asks them. */
    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    @ActiveProfiles("test")
    class TheApp {

        @LocalServerPort int port;

        @Test
        void answersEveryProbeTheDeploymentNames() throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                String path = probePath(container(), probe);
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                        HttpResponse.BodyHandlers.ofString());

                assertThat(response.statusCode()).as(probe + " " + path).isEqualTo(200);
                assertThat(response.body()).as(probe + " " + path).contains("\"status\":\"UP\"");
            }
        }
    }

    private static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> files = Files.list(MANIFESTS)) {
            return files.filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
                    .sorted().toList();
        }
    }

    private static List<Map<String, Object>> load(Path file) throws IOException {
        List<Map<String, Object>> loaded = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (Object document : new Yaml().loadAll(reader)) {
                assertThat(document).as(file + " holds a YAML mapping").isInstanceOf(Map.class);
                loaded.add((Map<String, Object>) document);
            }
        }
        return loaded;
    }

    private static Map<String, Object> the(String kind) {
        List<Map<String, Object>> ofKind = documents.stream().filter(document -> kind.equals(document.get("kind")))
                .toList();
        assertThat(ofKind).as("one " + kind).hasSize(1);
        return ofKind.getFirst();
    }

    /** The value under the given keys, which must be a mapping. */
    private static Map<String, Object> map(Map<String, Object> from, String... keys) {
        Map<String, Object> current = from;
        for (String key : keys) {
            assertThat(current.get(key)).as(key).isInstanceOf(Map.class);
            current = (Map<String, Object>) current.get(key);
        }
        return current;
    }

    private static List<Map<String, Object>> containers() {
        return (List<Map<String, Object>>) map(the("Deployment"), "spec", "template", "spec").get("containers");
    }

    private static Map<String, Object> container() {
        assertThat(containers()).hasSize(1);
        return containers().getFirst();
    }

    private static Map<String, Object> podLabels() {
        return map(the("Deployment"), "spec", "template", "metadata", "labels");
    }

    private static Map<String, Object> containerPort() {
        List<Map<String, Object>> ports = (List<Map<String, Object>>) container().get("ports");
        assertThat(ports).hasSize(1);
        return ports.getFirst();
    }

    /** What a Service or a probe may name the container's port by: its name or its number. */
    private static List<Object> containerPortNamesAndNumbers() {
        return List.of(containerPort().get("name"), containerPort().get("containerPort"));
    }

    private static String probePath(Map<String, Object> container, String probe) {
        return (String) map(container, probe, "httpGet").get("path");
    }

    private static Map<String, Object> resources(Map<String, Object> container, String kind) {
        return map(container, "resources", kind);
    }

    /** A Kubernetes quantity ("500m", "2", "1536Mi", "1G") in its base unit: cores or bytes. */
    static BigDecimal quantity(Object text) {
        Matcher quantity = Pattern.compile("(\\d+(?:\\.\\d+)?)(m|k|M|G|Ki|Mi|Gi)?").matcher(String.valueOf(text));
        assertThat(quantity.matches()).as("a Kubernetes quantity: " + text).isTrue();
        long factor = switch (quantity.group(2) == null ? "" : quantity.group(2)) {
            case "k" -> 1000L;
            case "M" -> 1000L * 1000;
            case "G" -> 1000L * 1000 * 1000;
            case "Ki" -> 1024L;
            case "Mi" -> 1024L * 1024;
            case "Gi" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        BigDecimal value = new BigDecimal(quantity.group(1)).multiply(BigDecimal.valueOf(factor));
        return "m".equals(quantity.group(2)) ? value.movePointLeft(3) : value;
    }

    /** A default of ui's application.properties, without its environment variable: "${PORT:8080}" gives 8080. */
    private static String appDefault(String property) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src", "main", "resources", "application.properties"))) {
            properties.load(reader);
        }
        String value = properties.getProperty(property);
        assertThat(value).as(property).isNotNull();
        return value.replaceFirst("^\\$\\{[A-Z_]+:(.*)}$", "$1");
    }

    private static Duration duration(String property) throws IOException {
        return DurationStyle.detectAndParse(appDefault(property));
    }

    private static Matcher readmeLine(String regex) throws IOException {
        // Lines may wrap anywhere a space is.
        Matcher line = Pattern.compile(regex.replace(" ", "\\s+"))
                .matcher(Files.readString(Path.of("..", "README.md")));
        assertThat(line.find()).as("README.md has a line matching " + regex).isTrue();
        return line;
    }

    /** The heaviest page in the benchmark's committed report, in KB. */
    private static double heaviestPageKb() throws IOException {
        Matcher row = Pattern.compile("^\\| heap \\S+ \\| ([\\d.]+) \\|", Pattern.MULTILINE)
                .matcher(Files.readString(Path.of("..", "docs", "performance", "report.md")));
        double heaviest = 0;
        while (row.find()) {
            heaviest = Math.max(heaviest, Double.parseDouble(row.group(1)));
        }
        assertThat(heaviest).as("heap rows in the report").isPositive();
        return heaviest;
    }

    private static int imageHeapPercentage() throws IOException {
        Matcher option = Pattern.compile("\"-XX:MaxRAMPercentage=(\\d+)\"")
                .matcher(Files.readString(Path.of("..", "Dockerfile")));
        assertThat(option.find()).as("the image's entrypoint sets MaxRAMPercentage").isTrue();
        return Integer.parseInt(option.group(1));
    }
}
