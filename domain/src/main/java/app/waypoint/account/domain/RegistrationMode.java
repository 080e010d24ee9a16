package app.waypoint.account.domain;

/** How new people get an account on this instance. */
public enum RegistrationMode {
    /** Anyone who finds the sign-up page. */
    OPEN,
    /** Only with a sign-up link an admin issued; each link opens one account. */
    INVITE_ONLY,
    /** Nobody; admins still hand out password-reset links to existing accounts. */
    CLOSED
}
