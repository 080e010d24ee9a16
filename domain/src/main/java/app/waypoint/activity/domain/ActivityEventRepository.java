package app.waypoint.activity.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

public interface ActivityEventRepository extends JpaRepository<ActivityEvent, Long> {

    /** (account id, when) of several people's study since an instant, for streaks: joining a group is not study. */
    @Query("select e.accountId, e.occurredAt from ActivityEvent e where e.accountId in :accountIds "
            + "and e.occurredAt >= :since and e.kind <> app.waypoint.base.domain.ActivityKind.MEMBER_JOINED")
    List<Object[]> findMoments(Collection<Long> accountIds, Instant since);

    @Query("select count(e) > 0 from ActivityEvent e where e.accountId = :accountId and e.topicId = :topicId "
            + "and e.kind = app.waypoint.base.domain.ActivityKind.TOPIC_DONE")
    boolean existsTopicDone(long accountId, long topicId);

    @Modifying(flushAutomatically = true)
    @Query("delete from ActivityEvent e where e.accountId = :accountId and e.topicId = :topicId "
            + "and e.kind = app.waypoint.base.domain.ActivityKind.TOPIC_DONE")
    void deleteTopicDone(long accountId, long topicId);
}
