package app.waypoint.group.service;

import app.waypoint.base.domain.LocalizedText;
import app.waypoint.group.domain.GroupRole;

import java.time.Instant;
import java.util.List;

/**
 * A group as its members see it. The invite is there only for the owner and admins, who hand it out.
 */
public record GroupDetails(long id, String name, String description, long version, GroupRole myRole, Invite invite,
                           List<Member> members, List<AdoptedRoadmap> roadmaps, Sharing mySharing,
                           List<Removed> removed) {

    public record Invite(String code, Instant expiresAt) {
    }

    public record Member(long accountId, String displayName, GroupRole role, Instant joinedAt, boolean me) {
    }

    /** Someone removed who may not join again until allowed back; listed for the owner and admins only. */
    public record Removed(long accountId, String displayName, Instant removedAt) {
    }

    public record AdoptedRoadmap(String key, LocalizedText title) {
    }

    public record Sharing(boolean progress, boolean activity, boolean notes, boolean pipeline) {
    }

    public boolean runsGroup() {
        return myRole.runsGroup();
    }
}
