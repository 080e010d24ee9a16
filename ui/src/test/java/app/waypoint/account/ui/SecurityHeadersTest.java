package app.waypoint.account.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Real HTTP requests, as a browser makes them: plain, and HTTPS ended at a reverse proxy on this machine. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityHeadersTest {

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/signup", "/styles/waypoint.css", "/no/such/page", "/"})
    void everyResponseCarriesTheSecurityHeaders(String path) throws Exception {
        HttpResponse<String> response = get(path, false);

        assertThat(header(response, "Content-Security-Policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY)
                .contains("frame-ancestors 'none'", "object-src 'none'", "default-src 'self'");
        assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(response, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(header(response, "Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(header(response, "Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
        assertThat(header(response, "Cross-Origin-Opener-Policy")).isEqualTo("same-origin");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).as("not over plain HTTP").isEmpty();
    }

    @Test
    void theLoginPageIsTheBootstrapPageAndHasOneOfEachHeader() throws Exception {
        HttpResponse<String> response = get("/login", false);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<html");
        for (String name : List.of("Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options")) {
            assertThat(response.headers().allValues(name)).as(name).hasSize(1);
        }
    }

    @Test
    void overPlainHttpTheSessionCookieIsHttpOnlyAndLaxButNotSecure() throws Exception {
        String cookie = sessionCookie(get("/login", false));

        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Secure");
    }

    @Test
    void behindAnHttpsProxyTheCookieIsSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> response = get("/login", true);

        assertThat(sessionCookie(response)).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
        assertThat(header(response, "Strict-Transport-Security")).isEqualTo(SecurityHeaders.STRICT_TRANSPORT_SECURITY);
    }

    private HttpResponse<String> get(String path, boolean forwardedHttps) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html");
        if (forwardedHttps) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.5");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name));
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }
}
