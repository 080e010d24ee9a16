package app.waypoint.account.service;

import app.waypoint.account.domain.RegistrationMode;

/** How the sign-up page greets a visitor: the instance's registration mode, and whether their sign-up link works. */
public record SignUpAccess(RegistrationMode mode, boolean inviteUsable) {

    /** Whether the form can open an account for this visitor at all. */
    public boolean open() {
        return mode == RegistrationMode.OPEN || (mode == RegistrationMode.INVITE_ONLY && inviteUsable);
    }
}
