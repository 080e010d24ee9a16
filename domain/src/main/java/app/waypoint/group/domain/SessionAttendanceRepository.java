package app.waypoint.group.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface SessionAttendanceRepository extends JpaRepository<SessionAttendance, Long> {

    /** Every attendance record of a group's sessions, in one statement. */
    @Query("select a from SessionAttendance a where a.sessionId in "
            + "(select s.id from GroupSession s where s.groupId = :groupId)")
    List<SessionAttendance> findByGroupId(long groupId);

    Optional<SessionAttendance> findBySessionIdAndAccountId(long sessionId, long accountId);
}
