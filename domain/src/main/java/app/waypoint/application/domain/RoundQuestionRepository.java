package app.waypoint.application.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface RoundQuestionRepository extends JpaRepository<RoundQuestion, Long> {

    /** The questions of every round of an application, in their order, in one statement. */
    @Query("select q from RoundQuestion q where q.round.applicationId = :applicationId order by q.round.id, q.position")
    List<RoundQuestion> findByApplication(long applicationId);

    List<RoundQuestion> findByRoundIdOrderByPosition(long roundId);

    /** For each of the person's questions that became a card: the card, application and round ids, kind, time. */
    @Query("""
            select q.cardId, r.applicationId, r.id, r.kind, r.heldAt from RoundQuestion q join q.round r
            where q.cardId is not null
              and r.applicationId in (select a.id from JobApplication a where a.ownerId = :ownerId)
            """)
    List<Object[]> findCardOrigins(long ownerId);

    @Modifying
    @Query("delete from RoundQuestion q where q.round.id = :roundId")
    void deleteByRound(long roundId);
}
