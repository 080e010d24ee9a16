package app.waypoint.account.domain;

/** What a security event records. */
public enum SecurityEventKind {
    SIGN_UP,
    SIGN_IN,
    SIGN_IN_FAILED,
    LOCKED_OUT,
    SIGN_OUT,
    PASSWORD_CHANGED,
    CURRENT_PASSWORD_WRONG,
    GROUP_ROLE_CHANGED,
    GROUP_OWNER_CHANGED,
    GROUP_MEMBER_REMOVED,
    ACCESS_REFUSED
}
