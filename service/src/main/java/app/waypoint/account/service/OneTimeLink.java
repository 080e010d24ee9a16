package app.waypoint.account.service;

import java.time.Instant;

/**
 * A link's secret, shown once to the admin who issued it (there is no mail to send it by), and until when it
 * works. The screen builds the address from it.
 */
public record OneTimeLink(String secret, Instant expiresAt) {
}
