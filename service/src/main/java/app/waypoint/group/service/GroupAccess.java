package app.waypoint.group.service;

import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.service.NotAllowedException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.group.domain.GroupMember;
import app.waypoint.group.domain.GroupMemberRepository;
import app.waypoint.group.domain.GroupRole;
import org.springframework.stereotype.Component;

/**
 * Finds the caller's membership of a group. To anyone outside, a group does not exist: the same "not found" as
 * for an id nobody uses.
 */
@Component
class GroupAccess {

    private final GroupMemberRepository members;
    private final CurrentUser currentUser;

    GroupAccess(GroupMemberRepository members, CurrentUser currentUser) {
        this.members = members;
        this.currentUser = currentUser;
    }

    GroupMember member(long groupId) {
        return members.findByGroupIdAndAccountId(groupId, currentUser.id())
                .orElseThrow(() -> new NotFoundException("group " + groupId));
    }

    /** {@link #member}, with the group read in the same statement, for showing it (not for changing it). */
    GroupMember memberReadingGroup(long groupId) {
        return members.findWithGroup(groupId, currentUser.id())
                .orElseThrow(() -> new NotFoundException("group " + groupId));
    }

    /** The caller's membership if they own or help run the group. */
    GroupMember runner(long groupId) {
        GroupMember me = member(groupId);
        if (!me.getRole().runsGroup()) {
            throw new NotAllowedException("group.denied.admins-only");
        }
        return me;
    }

    GroupMember owner(long groupId) {
        GroupMember me = member(groupId);
        if (me.getRole() != GroupRole.OWNER) {
            throw new NotAllowedException("group.denied.owner-only");
        }
        return me;
    }
}
