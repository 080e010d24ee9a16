package app.waypoint.group.service;

import app.waypoint.base.service.OwnedGroup;
import app.waypoint.base.service.OwnedGroups;
import app.waypoint.base.service.TeamProjects;
import app.waypoint.group.domain.GroupMember;
import app.waypoint.group.domain.GroupMemberRepository;
import app.waypoint.group.domain.GroupRole;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Tells the account feature which groups a person owns, before their account may go. */
@Component
@Transactional(readOnly = true)
class GroupOwnership implements OwnedGroups {

    private final GroupMemberRepository members;
    private final TeamProjects teamProjects;

    GroupOwnership(GroupMemberRepository members, TeamProjects teamProjects) {
        this.members = members;
        this.teamProjects = teamProjects;
    }

    @Override
    public List<OwnedGroup> ownedBy(long accountId) {
        return members.findWithGroupByAccountId(accountId).stream()
                .filter(member -> member.getRole() == GroupRole.OWNER)
                .map(GroupMember::getGroup)
                .map(group -> new OwnedGroup(group.getId(), group.getName(),
                        List.copyOf(teamProjects.titles(group.getId()).values())))
                .toList();
    }
}
