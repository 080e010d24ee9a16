package app.waypoint.portfolio.service;

import app.waypoint.account.domain.Account;
import app.waypoint.account.domain.AccountRepository;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.group.domain.GroupMember;
import app.waypoint.group.domain.GroupMemberRepository;
import app.waypoint.group.domain.StudyGroup;
import app.waypoint.group.domain.StudyGroupRepository;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The study groups behind team projects: who is in them now and what they are called. */
@Component
class ProjectTeams {

    private final GroupMemberRepository members;
    private final StudyGroupRepository groups;
    private final AccountRepository accounts;

    ProjectTeams(GroupMemberRepository members, StudyGroupRepository groups, AccountRepository accounts) {
        this.members = members;
        this.groups = groups;
        this.accounts = accounts;
    }

    boolean isMember(long groupId, long accountId) {
        return members.findByGroupIdAndAccountId(groupId, accountId).isPresent();
    }

    /** Whether the person owns or helps run the group, as deleting a team project needs. */
    boolean runsGroup(long groupId, long accountId) {
        return members.findByGroupIdAndAccountId(groupId, accountId).map(m -> m.getRole().runsGroup()).orElse(false);
    }

    /** The group's name and its members with their display names, in the order they joined; three statements. */
    ProjectDetails.Team team(long groupId) {
        StudyGroup group = groups.findById(groupId).orElseThrow(() -> new NotFoundException("group " + groupId));
        List<GroupMember> current = members.findByGroupIdOrderByJoinedAtAscIdAsc(groupId);
        Map<Long, String> names = accounts.findAllById(current.stream().map(GroupMember::getAccountId).toList())
                .stream().collect(Collectors.toMap(Account::getId, Account::getDisplayName));
        return new ProjectDetails.Team(groupId, group.getName(), current.stream()
                .map(member -> new ProjectDetails.Member(member.getAccountId(), names.get(member.getAccountId())))
                .toList());
    }

    /** Group names by id, in one statement (none for no groups). */
    Map<Long, String> groupNames(Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return Map.of();
        }
        return groups.findAllById(groupIds).stream().collect(Collectors.toMap(StudyGroup::getId, StudyGroup::getName));
    }
}
