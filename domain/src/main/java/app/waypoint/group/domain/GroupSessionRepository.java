package app.waypoint.group.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;

public interface GroupSessionRepository extends JpaRepository<GroupSession, Long> {

    List<GroupSession> findByGroupIdOrderByHeldOnDescIdDesc(long groupId);

    /** The schedule's sessions still ahead, which a changed or removed schedule replaces. */
    List<GroupSession> findByGroupIdAndFromScheduleTrueAndHeldOnAfter(long groupId, LocalDate day);

    /**
     * (group id, group name, day, topic) of the next session, on or after a day, of each group the person is a
     * member of, soonest first; one statement.
     */
    @Query("select s.groupId, g.name, s.heldOn, s.topic from GroupSession s join StudyGroup g on g.id = s.groupId "
            + "where s.groupId in (select m.group.id from GroupMember m where m.accountId = :accountId) "
            + "and s.heldOn = (select min(o.heldOn) from GroupSession o where o.groupId = s.groupId and o.heldOn >= :from) "
            + "order by s.heldOn, g.name, s.id")
    List<Object[]> findNextSessions(long accountId, LocalDate from);
}
