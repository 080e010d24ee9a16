package app.waypoint.group.domain;

/** A member's role in a study group: the owner (exactly one), admins who help run it, and members. */
public enum GroupRole {
    OWNER,
    ADMIN,
    MEMBER;

    /** Owners and admins run the group: invites, adopted roadmaps, removing plain members. */
    public boolean runsGroup() {
        return this != MEMBER;
    }
}
