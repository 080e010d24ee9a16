package app.waypoint.group.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;

public interface GroupScheduleRepository extends JpaRepository<GroupSchedule, Long> {

    /**
     * The person's membership of the group with the group's schedule and house rule (each null if it has none), in
     * one statement; no row if they are not a member.
     */
    @Query("select m, s, r from GroupMember m left join GroupSchedule s on s.groupId = m.group.id "
            + "left join GroupHouseRule r on r.groupId = m.group.id "
            + "where m.group.id = :groupId and m.accountId = :accountId")
    List<Object[]> findMembershipWithRules(long groupId, long accountId);

    /**
     * Notes how far the schedule has set up sessions; a bulk update, so it does not count as an edit that would
     * make an admin's open schedule form stale.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("update GroupSchedule s set s.createdThrough = :day where s.groupId = :groupId")
    void setUpThrough(long groupId, LocalDate day);
}
