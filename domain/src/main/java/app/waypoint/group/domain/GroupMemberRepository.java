package app.waypoint.group.domain;

import app.waypoint.base.domain.ActivityKind;
import app.waypoint.activity.domain.ActivityEvent;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface GroupMemberRepository extends JpaRepository<GroupMember, Long> {

    Optional<GroupMember> findByGroupIdAndAccountId(long groupId, long accountId);

    /** A person's membership of a group with the group, in one statement, for reading the group. */
    @Query("select m from GroupMember m join fetch m.group where m.group.id = :groupId and m.accountId = :accountId")
    Optional<GroupMember> findWithGroup(long groupId, long accountId);

    /** A person's memberships with their groups, in one statement. */
    @Query("select m from GroupMember m join fetch m.group where m.accountId = :accountId order by m.joinedAt, m.id")
    List<GroupMember> findWithGroupByAccountId(long accountId);

    List<GroupMember> findByGroupIdOrderByJoinedAtAscIdAsc(long groupId);

    long countByGroupId(long groupId);

    /** (group id, member count) for the given groups. */
    @Query("select m.group.id, count(m) from GroupMember m where m.group.id in :groupIds group by m.group.id")
    List<Object[]> countByGroupIds(List<Long> groupIds);

    /**
     * What a group's feed may show: what its current members did while they were members, and only what the group
     * may see of it: who joined this group, milestones of this group's own team projects, topics finished on the
     * roadmaps the group follows (from members sharing progress and activity), and the personal activity members
     * share (problems solved, milestones of personal projects). Never another group's team project, never a
     * topic of a roadmap the group does not follow.
     */
    String FEED = "from ActivityEvent e, GroupMember m where m.group.id = :groupId and m.accountId = e.accountId "
            + "and e.occurredAt >= m.joinedAt and ("
            + "(e.kind = app.waypoint.base.domain.ActivityKind.MEMBER_JOINED and e.groupId = :groupId) "
            + "or (e.kind = app.waypoint.base.domain.ActivityKind.MILESTONE_DONE and e.groupId = :groupId) "
            + "or (e.kind = app.waypoint.base.domain.ActivityKind.MILESTONE_DONE and e.groupId is null "
            + "and m.shareActivity = true) "
            + "or (e.kind = app.waypoint.base.domain.ActivityKind.PROBLEM_SOLVED and m.shareActivity = true) "
            + "or (e.kind = app.waypoint.base.domain.ActivityKind.TOPIC_DONE and m.shareActivity = true "
            + "and m.shareProgress = true and e.roadmapId in "
            + "(select r.roadmapId from GroupRoadmap r where r.groupId = :groupId))) ";

    /** A group's feed of the given kinds, newest first. */
    @Query("select e " + FEED + "and e.kind in :kinds order by e.occurredAt desc, e.id desc")
    Slice<ActivityEvent> findFeed(long groupId, Collection<ActivityKind> kinds, Pageable page);

    /** Whether the event shows in the group's feed now. */
    @Query("select count(e) > 0 " + FEED + "and e.id = :eventId")
    boolean isInFeed(long groupId, long eventId);

    /** The names of the person's groups that follow the roadmap and see their notes on it, by name. */
    @Query("select m.group.name from GroupMember m where m.accountId = :accountId and m.shareNotes = true "
            + "and m.group.id in (select r.groupId from GroupRoadmap r where r.roadmapId = :roadmapId) "
            + "order by m.group.name")
    List<String> findGroupNamesSeeingNotes(long accountId, long roadmapId);
}
