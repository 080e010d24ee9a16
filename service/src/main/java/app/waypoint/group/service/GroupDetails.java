package app.waypoint.group.service;

import app.waypoint.base.domain.LocalizedText;
import app.waypoint.group.domain.GroupRole;

import java.time.Instant;
import java.util.List;

/**
 * A group as its members see it. The invite is there only for the owner and admins, who hand it out.
 */
public record GroupDetails(long id, String name, String description, long version, GroupRole myRole, Invite invite,
                           List<Member> members, List<AdoptedRoadmap> roadmaps, Sharing mySharing) {

    public record Invite(String code, Instant expiresAt) {
    }

    public record Member(long accountId, String displayName, GroupRole role, Instant joinedAt, boolean me) {
    }

    public record AdoptedRoadmap(String key, LocalizedText title) {
    }

    public record Sharing(boolean progress, boolean activity, boolean notes) {
    }

    public boolean runsGroup() {
        return myRole.runsGroup();
    }
}
