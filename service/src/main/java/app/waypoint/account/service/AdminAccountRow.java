package app.waypoint.account.service;

import app.waypoint.account.domain.Role;

import java.time.Instant;

/** One account as the admin console lists it. */
public record AdminAccountRow(long id, String email, String displayName, Role role, Instant createdAt,
                              Instant lastSignInAt, boolean disabled, boolean you) {
}
