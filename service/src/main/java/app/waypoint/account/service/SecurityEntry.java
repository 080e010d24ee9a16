package app.waypoint.account.service;

import app.waypoint.account.domain.SecurityEventKind;

import java.time.Instant;

/** One security log entry as settings and the admin console show it. */
public record SecurityEntry(long id, Instant at, SecurityEventKind kind, Long accountId, String clientAddress,
                            String detail) {
}
