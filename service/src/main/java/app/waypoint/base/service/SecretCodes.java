package app.waypoint.group.service;

import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;

/** Invite codes: 256 random bits, URL-safe, so guessing one is hopeless. */
@Component
class InviteCodes {

    private final SecureRandom random = new SecureRandom();

    String next() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
