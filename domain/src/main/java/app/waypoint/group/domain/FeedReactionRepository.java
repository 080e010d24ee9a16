package app.waypoint.group.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

public interface FeedReactionRepository extends JpaRepository<FeedReaction, FeedReaction.Key> {

    /**
     * (event id, reaction, count, whether the given account is among them) for the given feed items in one group,
     * counting only the reactions of its current members.
     */
    @Query("select r.key.eventId, r.key.reaction, count(r), max(case when r.key.accountId = :accountId then 1 else 0 end) "
            + "from FeedReaction r, GroupMember m where r.key.groupId = :groupId and r.key.eventId in :eventIds "
            + "and m.group.id = :groupId and m.accountId = r.key.accountId "
            + "group by r.key.eventId, r.key.reaction")
    List<Object[]> countFor(long groupId, Collection<Long> eventIds, long accountId);
}
