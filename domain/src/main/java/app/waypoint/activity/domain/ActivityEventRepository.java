package app.waypoint.activity.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.time.LocalDate;
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

    /**
     * One person's log since a moment, in one statement: ('EVENT', kind, moment, null, 1) for each activity
     * event, ('REVIEW', null, null, day, reviews) for each day with card reviews, and ('FREEZE', null, null, day,
     * 1) for each frozen day.
     */
    @Query(nativeQuery = true, value = """
            select 'EVENT', e.kind, e.occurred_at, cast(null as date), 1 from activity_event e
            where e.account_id = :accountId and e.occurred_at >= :since
            union all
            select 'REVIEW', null, cast(null as timestamptz), r.reviewed_on, count(*) from card_review r
            where r.owner_id = :accountId and r.reviewed_on >= :sinceDay group by r.reviewed_on
            union all
            select 'FREEZE', null, cast(null as timestamptz), f.day, 1 from streak_freeze f
            where f.account_id = :accountId and f.day >= :sinceDay""")
    List<Object[]> findLog(long accountId, Instant since, LocalDate sinceDay);
}
