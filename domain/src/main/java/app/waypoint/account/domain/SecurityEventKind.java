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
    ACCESS_REFUSED,
    SIGN_IN_DISABLED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    ADMIN_GRANTED,
    ADMIN_REVOKED,
    PASSWORD_RESET_ISSUED,
    PASSWORD_RESET_USED,
    SIGN_UP_INVITE_ISSUED,
    REGISTRATION_MODE_CHANGED,
    ACCOUNT_DELETION_REQUESTED,
    ACCOUNT_DELETION_CANCELLED,
    /** Written without an account, an address or a detail: nothing of the person is left. */
    ACCOUNT_DELETED
}
