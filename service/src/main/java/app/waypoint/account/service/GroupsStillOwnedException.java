package app.waypoint.account.service;

import app.waypoint.base.service.OwnedGroup;

import java.util.List;

/** Refuses to delete an account while it owns study groups; names them, so the person can hand them over. */
public class GroupsStillOwnedException extends RuntimeException {

    private final transient List<OwnedGroup> groups;

    public GroupsStillOwnedException(List<OwnedGroup> groups) {
        super("The account still owns groups " + groups.stream().map(OwnedGroup::name).toList());
        this.groups = List.copyOf(groups);
    }

    public List<OwnedGroup> groups() {
        return groups;
    }
}
