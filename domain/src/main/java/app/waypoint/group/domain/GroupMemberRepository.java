package app.waypoint.group.domain;

import app.waypoint.activity.domain.ActivityEvent;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface GroupMemberRepository extends JpaRepository<GroupMember, Long> {

    Optional<GroupMember> findByGroupIdAndAccountId(long groupId, long accountId);

    /** A person's memberships with their groups, in one statement. */
    @Query("select m from GroupMember m join fetch m.group where m.accountId = :accountId order by m.joinedAt, m.id")
    List<GroupMember> findWithGroupByAccountId(long accountId);

    List<GroupMember> findByGroupIdOrderByJoinedAtAscIdAsc(long groupId);

    long countByGroupId(long groupId);

    /** (group id, member count) for the given groups. */
    @Query("select m.group.id, count(m) from GroupMember m where m.group.id in :groupIds group by m.group.id")
    List<Object[]> countByGroupIds(List<Long> groupIds);

    /**
     * A group's feed, newest first: what members who share their activity did, and who joined this group.
     */
    @Query("select e from ActivityEvent e where (e.kind = app.waypoint.base.domain.ActivityKind.MEMBER_JOINED "
            + "and e.groupId = :groupId) or (e.kind <> app.waypoint.base.domain.ActivityKind.MEMBER_JOINED "
            + "and e.accountId in (select m.accountId from GroupMember m where m.group.id = :groupId "
            + "and m.shareActivity = true)) order by e.occurredAt desc, e.id desc")
    Slice<ActivityEvent> findFeed(long groupId, Pageable page);
}
