package app.waypoint.account.service;

import app.waypoint.base.service.OwnedGroup;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Where the signed-in person's account deletion stands: when it happens if scheduled ({@code scheduledFor}, else
 * null), when it would happen if asked for now, the groups they own (which must be handed over or deleted first)
 * and the time zone to show the dates in.
 */
public record DeletionStatus(Instant scheduledFor, Instant wouldBeAt, List<OwnedGroup> ownedGroups, ZoneId timeZone) {

    public boolean scheduled() {
        return scheduledFor != null;
    }

    /** Whether owned groups stand in the way: a request is refused, a scheduled deletion waits. */
    public boolean blockedByGroups() {
        return !ownedGroups.isEmpty();
    }
}
