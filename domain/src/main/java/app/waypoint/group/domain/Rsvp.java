package app.waypoint.group.domain;

/** A member's answer to an upcoming session. */
public enum Rsvp {
    GOING,
    MAYBE,
    NOT_GOING
}
