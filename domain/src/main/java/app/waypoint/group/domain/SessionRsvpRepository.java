package app.waypoint.group.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface SessionRsvpRepository extends JpaRepository<SessionRsvp, Long> {

    /** Every answer to a group's sessions, in one statement. */
    @Query("select r from SessionRsvp r where r.sessionId in "
            + "(select s.id from GroupSession s where s.groupId = :groupId)")
    List<SessionRsvp> findByGroupId(long groupId);

    Optional<SessionRsvp> findBySessionIdAndAccountId(long sessionId, long accountId);
}
