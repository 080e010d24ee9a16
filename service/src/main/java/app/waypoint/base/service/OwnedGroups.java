package app.waypoint.base.service;

import java.util.List;

/**
 * The study groups a person owns, as deleting their account needs them: a group must be handed over or deleted
 * before its owner goes. The group feature provides it, so accounts need not depend on groups.
 */
public interface OwnedGroups {

    /** The groups the account owns, in the order it joined them, each with its team projects. */
    List<OwnedGroup> ownedBy(long accountId);
}
