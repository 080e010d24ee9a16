package app.waypoint.activity.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

public interface ActivityEventRepository extends JpaRepository<ActivityEvent, Long> {

    @Query("select count(e) > 0 from ActivityEvent e where e.accountId = :accountId and e.topicId = :topicId "
            + "and e.kind = app.waypoint.base.domain.ActivityKind.TOPIC_DONE")
    boolean existsTopicDone(long accountId, long topicId);

    @Modifying(flushAutomatically = true)
    @Query("delete from ActivityEvent e where e.accountId = :accountId and e.topicId = :topicId "
            + "and e.kind = app.waypoint.base.domain.ActivityKind.TOPIC_DONE")
    void deleteTopicDone(long accountId, long topicId);

    /**
     * Several people's streak days since a moment, in one statement: ('ZONE', account, null, null, time zone) for
     * each person, ('EVENT', account, moment, null, null) for each bit of study (joining a group is not study),
     * ('REVIEW', account, null, day, null) for each day with card reviews and ('FREEZE', account, null, day, null)
     * for each frozen day.
     */
    @Query(nativeQuery = true, value = """
            select 'ZONE', a.id, cast(null as timestamptz), cast(null as date), a.time_zone from account a
            where a.id in :accountIds
            union all
            select 'EVENT', e.account_id, e.occurred_at, null, null from activity_event e
            where e.account_id in :accountIds and e.occurred_at >= :since and e.kind <> 'MEMBER_JOINED'
            union all
            select distinct 'REVIEW', r.owner_id, cast(null as timestamptz), r.reviewed_on, null from card_review r
            where r.owner_id in :accountIds and r.reviewed_on >= :sinceDay
            union all
            select 'FREEZE', f.account_id, null, f.day, null from streak_freeze f
            where f.account_id in :accountIds and f.day >= :sinceDay""")
    List<Object[]> findStreakDays(Collection<Long> accountIds, Instant since, LocalDate sinceDay);

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
