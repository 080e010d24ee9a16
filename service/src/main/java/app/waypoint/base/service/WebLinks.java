package app.waypoint.base.service;

import app.waypoint.base.domain.WebAddress;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Which links Waypoint stores: absolute http(s) addresses with a host, nothing else (no javascript:). */
public final class WebLinks {

    private WebLinks() {
    }

    public static boolean isHttp(String url) {
        if (url == null || url.isBlank() || TextInput.length(url) > WebAddress.MAX_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException malformed) {
            return false;
        }
    }
}
