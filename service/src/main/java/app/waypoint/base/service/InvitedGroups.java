package app.waypoint.base.service;

import java.util.Optional;

/**
 * The name of the group an invite code leads to, for the pages seen before signing in: whoever holds a valid
 * invite may know which group it is for. The group feature provides it.
 */
public interface InvitedGroups {

    /** The group's name if the code is a valid invite now; empty for a wrong, replaced or expired code. */
    Optional<String> groupName(String inviteCode);
}
