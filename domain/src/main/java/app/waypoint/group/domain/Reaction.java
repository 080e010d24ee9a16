package app.waypoint.group.domain;

/** The small fixed set of reactions a member can give an item of the group's feed. */
public enum Reaction {
    CLAP,
    FIRE,
    STRONG,
    PARTY
}
