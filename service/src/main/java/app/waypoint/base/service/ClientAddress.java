package app.waypoint.base.service;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Optional;

/**
 * The address of the client whose request is being served. Behind a reverse proxy it is the forwarded address
 * (the server trusts forwarded headers from local proxies). Empty outside a request, e.g. in a scheduled job.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static Optional<String> current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? Optional.ofNullable(request.getRequest().getRemoteAddr()) : Optional.empty();
    }
}
