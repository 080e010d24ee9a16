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

    @Modifying
    @Query("delete from RoundQuestion q where q.round.id = :roundId")
    void deleteByRound(long roundId);
}
