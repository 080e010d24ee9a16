package app.waypoint.group.service;

import app.waypoint.base.service.NotFoundException;
import app.waypoint.group.domain.GroupChecklist;
import app.waypoint.group.domain.GroupChecklistRepository;
import app.waypoint.group.domain.GroupMember;
import app.waypoint.group.domain.GroupMemberRepository;
import app.waypoint.interview.domain.ChecklistItemStateRepository;
import app.waypoint.interview.service.InterviewChecklists;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Interview checklists a group takes on together. Each member ticks their own copy on the interview page; the
 * group sees how far each member is, unless they keep their progress private.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class GroupChecklistService {

    private final GroupAccess access;
    private final GroupMemberRepository members;
    private final GroupChecklistRepository assigned;
    private final ChecklistItemStateRepository ticks;
    private final InterviewChecklists builtIn;
    private final MemberNames memberNames;
    private final Clock clock;

    GroupChecklistService(GroupAccess access, GroupMemberRepository members, GroupChecklistRepository assigned,
                          ChecklistItemStateRepository ticks, InterviewChecklists builtIn, MemberNames memberNames,
                          Clock clock) {
        this.access = access;
        this.members = members;
        this.assigned = assigned;
        this.ticks = ticks;
        this.builtIn = builtIn;
        this.memberNames = memberNames;
        this.clock = clock;
    }

    /**
     * The group's checklists with everyone's counts, in five statements. A checklist the group follows that has
     * since left the built-in content is listed as no longer available, so the owner can drop it.
     */
    @Transactional(readOnly = true)
    public List<GroupChecklistView> checklists(long groupId) {
        GroupMember me = access.member(groupId);
        List<String> keys = assigned.findByGroupIdOrderByAssignedAtAscIdAsc(groupId).stream()
                .map(GroupChecklist::getChecklistKey).toList();
        if (keys.isEmpty()) {
            return List.of();
        }
        List<GroupMember> all = members.findByGroupIdOrderByJoinedAtAscIdAsc(groupId);
        Map<Long, String> names = memberNames.of(all);
        List<Long> sharing = all.stream().filter(m -> m.isShareProgress() || m.getAccountId().equals(me.getAccountId()))
                .map(GroupMember::getAccountId).toList();
        Map<String, InterviewChecklists.Checklist> byKey = builtIn.all().stream()
                .collect(Collectors.toMap(InterviewChecklists.Checklist::key, Function.identity()));
        Map<String, Map<Long, Integer>> done = new HashMap<>();
        for (Object[] row : ticks.findTicked(sharing, keys)) {
            String checklistKey = (String) row[1];
            InterviewChecklists.Checklist checklist = byKey.get(checklistKey);
            boolean stillListed = checklist != null
                    && checklist.items().stream().anyMatch(item -> item.key().equals(row[2]));
            if (stillListed) {
                done.computeIfAbsent(checklistKey, key -> new HashMap<>()).merge((Long) row[0], 1, Integer::sum);
            }
        }
        return keys.stream().map(key -> byKey.containsKey(key)
                ? new GroupChecklistView(key, byKey.get(key).title(), byKey.get(key).items().size(),
                        all.stream().map(member -> new GroupChecklistView.MemberTicks(
                                names.get(member.getAccountId()), sharing.contains(member.getAccountId()),
                                done.getOrDefault(key, Map.of()).getOrDefault(member.getAccountId(), 0))).toList())
                : GroupChecklistView.noLongerAvailable(key))
                .toList();
    }

    /** Takes on one of the built-in interview checklists; owner and admins only. */
    public void assign(long groupId, String checklistKey) {
        access.runner(groupId);
        if (builtIn.all().stream().noneMatch(checklist -> checklist.key().equals(checklistKey))) {
            throw new NotFoundException("checklist " + checklistKey);
        }
        if (!assigned.existsByGroupIdAndChecklistKey(groupId, checklistKey)) {
            assigned.save(new GroupChecklist(groupId, checklistKey, clock.instant()));
        }
    }

    public void unassign(long groupId, String checklistKey) {
        access.runner(groupId);
        assigned.deleteByGroupIdAndChecklistKey(groupId, checklistKey);
    }
}
