package app.waypoint.interview.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface MockFollowUpRepository extends JpaRepository<MockFollowUp, Long> {

    /** Every follow-up of a person's mock interviews, in one statement. */
    @Query("select f from MockFollowUp f where f.mockInterview.ownerId = :ownerId order by f.mockInterview.id, f.position")
    List<MockFollowUp> findByOwner(long ownerId);
}
