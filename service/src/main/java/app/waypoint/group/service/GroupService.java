package app.waypoint.group.service;

import app.waypoint.account.domain.SecurityEventKind;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.account.service.SecurityEvents;
import app.waypoint.base.service.ActivityHappened;
import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotAllowedException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.base.service.SecretCodes;
import app.waypoint.base.service.TeamProjectLine;
import app.waypoint.base.service.TeamProjects;
import app.waypoint.group.domain.GroupDeparture;
import app.waypoint.group.domain.GroupDepartureRepository;
import app.waypoint.group.domain.GroupMember;
import app.waypoint.group.domain.GroupMemberRepository;
import app.waypoint.group.domain.GroupRoadmap;
import app.waypoint.group.domain.GroupRoadmapRepository;
import app.waypoint.group.domain.GroupRole;
import app.waypoint.group.domain.StudyGroup;
import app.waypoint.group.domain.StudyGroupRepository;
import app.waypoint.roadmap.domain.Roadmap;
import app.waypoint.roadmap.domain.RoadmapRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static app.waypoint.base.service.TextInput.blankToNull;
import static app.waypoint.base.service.TextInput.length;

/**
 * Study groups and their membership: creating, inviting and joining, roles, leaving and removing, sharing
 * choices. Whoever is not a member learns nothing about a group; a member who may not do something is told so.
 * Leaving or being removed never touches the person's own data.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class GroupService {

    public static final Duration INVITE_LIFETIME = Duration.ofDays(14);

    private final StudyGroupRepository groups;
    private final GroupMemberRepository members;
    private final GroupDepartureRepository departures;
    private final GroupRoadmapRepository groupRoadmaps;
    private final RoadmapRepository roadmaps;
    private final MemberNames memberNames;
    private final GroupAccess access;
    private final SecretCodes inviteCodes;
    private final TeamProjects teamProjects;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecurityEvents log;
    private final GroupProgressService progress;

    GroupService(StudyGroupRepository groups, GroupMemberRepository members, GroupDepartureRepository departures,
                 GroupRoadmapRepository groupRoadmaps, RoadmapRepository roadmaps, MemberNames memberNames,
                 GroupAccess access, SecretCodes inviteCodes, TeamProjects teamProjects, CurrentUser currentUser,
                 ApplicationEventPublisher events, Clock clock, SecurityEvents log, GroupProgressService progress) {
        this.log = log;
        this.progress = progress;
        this.groups = groups;
        this.members = members;
        this.departures = departures;
        this.teamProjects = teamProjects;
        this.groupRoadmaps = groupRoadmaps;
        this.roadmaps = roadmaps;
        this.memberNames = memberNames;
        this.access = access;
        this.inviteCodes = inviteCodes;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The person's groups, in the order they joined them, in two statements. */
    @Transactional(readOnly = true)
    public List<GroupSummary> myGroups() {
        List<GroupMember> mine = members.findWithGroupByAccountId(currentUser.id());
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : members.countByGroupIds(mine.stream().map(m -> m.getGroup().getId()).toList())) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return mine.stream().map(m -> new GroupSummary(m.getGroup().getId(), m.getGroup().getName(),
                m.getGroup().getDescription(), m.getRole(), counts.getOrDefault(m.getGroup().getId(), 0L))).toList();
    }

    /** Creates a group with the caller as its owner and a fresh invite. */
    public long create(String name, String description) {
        validate(name, description);
        StudyGroup group = new StudyGroup(name.strip(), blankToNull(description), clock.instant());
        group.newInvite(inviteCodes.next(), clock.instant().plus(INVITE_LIFETIME));
        groups.save(group);
        members.save(new GroupMember(group, currentUser.id(), GroupRole.OWNER, clock.instant()));
        return group.getId();
    }

    /** Renames or re-describes the group; owner and admins only, refused if another tab saved first. */
    public void describe(long groupId, String name, String description, long expectedVersion) {
        StudyGroup group = access.runner(groupId).getGroup();
        if (group.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        validate(name, description);
        group.describe(name.strip(), blankToNull(description));
        groups.saveAndFlush(group);
    }

    @Transactional(readOnly = true)
    public GroupDetails details(long groupId) {
        GroupMember me = access.memberReadingGroup(groupId);
        List<GroupMember> all = members.findByGroupIdOrderByJoinedAtAscIdAsc(groupId);
        return details(me, all, memberNames.of(all), groupRoadmaps.findAdoptedRoadmaps(groupId));
    }

    /**
     * What the group page opens with: the group, the board of its first adopted roadmap (none without one) and
     * the members' pipelines, reading the members and their names once for all three.
     */
    @Transactional(readOnly = true)
    public GroupPage page(long groupId) {
        GroupMember me = access.memberReadingGroup(groupId);
        List<GroupMember> all = members.findByGroupIdOrderByJoinedAtAscIdAsc(groupId);
        Map<Long, String> names = memberNames.of(all);
        List<Roadmap> adopted = groupRoadmaps.findAdoptedRoadmaps(groupId);
        return new GroupPage(details(me, all, names, adopted),
                adopted.isEmpty() ? null : progress.board(all, names, adopted.get(0)), progress.pipelines(all, names));
    }

    private GroupDetails details(GroupMember me, List<GroupMember> all, Map<Long, String> names,
                                 List<Roadmap> adopted) {
        StudyGroup group = me.getGroup();
        List<GroupDetails.Member> memberViews = all.stream()
                .map(m -> new GroupDetails.Member(m.getAccountId(), names.get(m.getAccountId()), m.getRole(),
                        m.getJoinedAt(), m.getAccountId().equals(me.getAccountId())))
                .toList();
        GroupDetails.Invite invite = me.getRole().runsGroup() && group.getInviteCode() != null
                ? new GroupDetails.Invite(group.getInviteCode(), group.getInviteExpiresAt()) : null;
        return new GroupDetails(group.getId(), group.getName(), group.getDescription(), group.getVersion(),
                me.getRole(), invite, memberViews,
                adopted.stream().map(roadmap -> new GroupDetails.AdoptedRoadmap(roadmap.getKey(), roadmap.getTitle()))
                        .toList(),
                new GroupDetails.Sharing(me.isShareProgress(), me.isShareActivity(), me.isShareNotes(),
                        me.isSharePipeline()),
                me.getRole().runsGroup() ? removed(group.getId()) : List.of());
    }

    /** The people removed from the group who may not join again until allowed back, latest first. */
    private List<GroupDetails.Removed> removed(long groupId) {
        List<GroupDeparture> barred = departures.findByGroupIdAndRemovedTrueOrderByDepartedAtDesc(groupId);
        if (barred.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = memberNames.ofAccounts(barred.stream().map(GroupDeparture::getAccountId).toList());
        return barred.stream().map(d -> new GroupDetails.Removed(d.getAccountId(), names.get(d.getAccountId()),
                d.getDepartedAt())).toList();
    }

    /**
     * What a valid invite leads to. A wrong code and an expired one get the same answer, so codes cannot be
     * probed.
     */
    @Transactional(readOnly = true)
    public InvitePreview preview(String code) {
        StudyGroup group = invitedGroup(code);
        long me = currentUser.id();
        boolean alreadyMember = members.findByGroupIdAndAccountId(group.getId(), me).isPresent();
        boolean barred = departures.findByGroupIdAndAccountId(group.getId(), me).filter(GroupDeparture::isRemoved)
                .isPresent();
        return new InvitePreview(group.getId(), group.getName(), group.getDescription(),
                members.countByGroupId(group.getId()), alreadyMember, barred);
    }

    /**
     * Joins the group the invite belongs to; joining twice is harmless. Someone removed from the group is refused
     * until an owner or admin allows them back; someone coming back finds the sharing choices they had. Returns
     * the group's id.
     */
    public long join(String code) {
        StudyGroup group = invitedGroup(code);
        long me = currentUser.id();
        if (members.findByGroupIdAndAccountId(group.getId(), me).isPresent()) {
            return group.getId();
        }
        GroupMember joining = new GroupMember(group, me, GroupRole.MEMBER, clock.instant());
        departures.findByGroupIdAndAccountId(group.getId(), me).ifPresent(departure -> {
            if (departure.isRemoved()) {
                throw new NotAllowedException("group.invite.removed");
            }
            departure.restoreSharing(joining);
            departures.delete(departure);
        });
        members.save(joining);
        events.publishEvent(ActivityHappened.memberJoined(me, group.getId(), group.getName()));
        return group.getId();
    }

    /** Replaces the invite code; links with the old one stop working. Owner and admins only. */
    public void rotateInvite(long groupId) {
        access.runner(groupId).getGroup().newInvite(inviteCodes.next(), clock.instant().plus(INVITE_LIFETIME));
    }

    /** Stops the current invite from working until a new one is made. Owner and admins only. */
    public void expireInvite(long groupId) {
        access.runner(groupId).getGroup().expireInvite();
    }

    /** Makes a member an admin or an admin a member. Owner only. */
    public void changeRole(long groupId, long accountId, GroupRole role) {
        access.owner(groupId);
        GroupMember target = other(groupId, accountId);
        if (role == GroupRole.OWNER || target.getRole() == GroupRole.OWNER) {
            throw new NotAllowedException("group.denied.transfer-instead");
        }
        target.changeRole(role);
        log.record(SecurityEventKind.GROUP_ROLE_CHANGED, currentUser.id(),
                "group " + groupId + ": account " + accountId + " is " + role);
    }

    /** Hands the group to another member; the old owner stays on as an admin. */
    public void transferOwnership(long groupId, long accountId) {
        GroupMember me = access.owner(groupId);
        me.handOwnershipTo(other(groupId, accountId));
        log.record(SecurityEventKind.GROUP_OWNER_CHANGED, currentUser.id(),
                "group " + groupId + ": account " + accountId + " owns it");
    }

    /**
     * Removes someone from the group. The owner removes anyone else; an admin removes plain members. Their own
     * data stays theirs.
     */
    public void removeMember(long groupId, long accountId) {
        GroupMember me = access.runner(groupId);
        GroupMember target = other(groupId, accountId);
        if (target.getRole() == GroupRole.OWNER
                || (target.getRole() == GroupRole.ADMIN && me.getRole() != GroupRole.OWNER)) {
            throw new NotAllowedException("group.denied.owner-only");
        }
        depart(target, true);
        log.record(SecurityEventKind.GROUP_MEMBER_REMOVED, currentUser.id(),
                "group " + groupId + ": account " + accountId + " removed");
    }

    /** Lets a removed person join again through an invite; owner and admins only. */
    public void allowBack(long groupId, long accountId) {
        access.runner(groupId);
        departures.findByGroupIdAndAccountId(groupId, accountId).filter(GroupDeparture::isRemoved)
                .orElseThrow(() -> new NotFoundException("removed member " + accountId))
                .allowBack();
    }

    /** Leaves the group. The owner hands it over first (or deletes it), so a group always has an owner. */
    public void leave(long groupId) {
        GroupMember me = access.member(groupId);
        if (me.getRole() == GroupRole.OWNER) {
            throw new NotAllowedException("group.denied.owner-leaves");
        }
        depart(me, false);
    }

    private void depart(GroupMember member, boolean removed) {
        GroupDeparture departure = departures.findByGroupIdAndAccountId(member.getGroup().getId(),
                member.getAccountId()).orElseGet(() -> new GroupDeparture(member.getGroup().getId(),
                member.getAccountId()));
        departure.record(member, removed, clock.instant());
        departures.save(departure);
        members.delete(member);
    }

    /** The titles of the group's team projects by id, which go with the group unless handed over; owner only. */
    @Transactional(readOnly = true)
    public Map<Long, String> teamProjects(long groupId) {
        access.owner(groupId);
        return teamProjects.titles(groupId);
    }

    /** The group's team projects with their status and tasks done, for any member. */
    @Transactional(readOnly = true)
    public List<TeamProjectLine> teamProjectLines(long groupId) {
        access.member(groupId);
        return teamProjects.lines(groupId);
    }

    /** Makes one of the group's team projects a member's personal project, before deleting the group; owner only. */
    public void handOverTeamProject(long groupId, long projectId, long accountId) {
        access.owner(groupId);
        if (members.findByGroupIdAndAccountId(groupId, accountId).isEmpty()) {
            throw new InvalidInputException("handOver", "group.delete.hand-over.not-member");
        }
        teamProjects.handOver(groupId, projectId, accountId);
    }

    /**
     * Deletes the group once the owner has typed its name, with exactly the team projects the owner was shown
     * ({@code namedProjects}): if the group has others by now, nothing is deleted. Members keep all their own
     * data.
     */
    public void delete(long groupId, String typedName, Set<Long> namedProjects) {
        StudyGroup group = access.owner(groupId).getGroup();
        if (typedName == null || !typedName.strip().equals(group.getName())) {
            throw new InvalidInputException("confirmation", "group.delete.mismatch");
        }
        if (!namedProjects.containsAll(teamProjects.titles(groupId).keySet())) {
            throw new InvalidInputException("projects", "group.delete.projects-changed");
        }
        groups.delete(group);
    }

    /** The caller's own choice of what this group sees of them. */
    public void share(long groupId, boolean progress, boolean activity, boolean notes) {
        access.member(groupId).share(progress, activity, notes);
    }

    /** The caller's own choice to show this group the counts of their job applications. */
    public void sharePipeline(long groupId, boolean share) {
        access.member(groupId).sharePipeline(share);
    }

    /** The group follows a built-in roadmap together; owner and admins only. */
    public void adoptRoadmap(long groupId, String roadmapKey) {
        access.runner(groupId);
        Roadmap roadmap = roadmaps.findByKey(roadmapKey).filter(Roadmap::isBuiltIn)
                .orElseThrow(() -> new NotFoundException("roadmap " + roadmapKey));
        if (!groupRoadmaps.existsByGroupIdAndRoadmapId(groupId, roadmap.getId())) {
            groupRoadmaps.save(new GroupRoadmap(groupId, roadmap.getId(), clock.instant()));
        }
    }

    public void dropRoadmap(long groupId, String roadmapKey) {
        access.runner(groupId);
        roadmaps.findByKey(roadmapKey)
                .ifPresent(roadmap -> groupRoadmaps.deleteByGroupIdAndRoadmapId(groupId, roadmap.getId()));
    }

    private StudyGroup invitedGroup(String code) {
        Instant now = clock.instant();
        return groups.findByInviteCode(code == null ? "" : code.strip())
                .filter(group -> group.acceptsInvite(code.strip(), now))
                .orElseThrow(() -> new InvalidInputException("code", "group.invite.invalid"));
    }

    private GroupMember other(long groupId, long accountId) {
        if (accountId == currentUser.id()) {
            throw new NotAllowedException("group.denied.not-yourself");
        }
        return members.findByGroupIdAndAccountId(groupId, accountId)
                .orElseThrow(() -> new NotFoundException("member " + accountId));
    }


    private static void validate(String name, String description) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem("name", "group.name.required"));
        } else if (length(name.strip()) > StudyGroup.MAX_NAME) {
            problems.add(new FieldProblem("name", "group.name.too-long"));
        }
        if (description != null && length(description.strip()) > StudyGroup.MAX_DESCRIPTION) {
            problems.add(new FieldProblem("description", "group.description.too-long"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
