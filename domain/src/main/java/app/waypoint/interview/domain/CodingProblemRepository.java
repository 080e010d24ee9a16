package app.waypoint.interview.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

public interface CodingProblemRepository extends JpaRepository<CodingProblem, Long> {

    List<CodingProblem> findByOwnerIdOrderByCreatedAtDescIdDesc(long ownerId);

    boolean existsByOwnerIdAndUrlAndIdNot(long ownerId, String url, long id);

    /** A problem without a link is told apart by its title, whatever its case (as the database's index does). */
    @Query("select count(p) > 0 from CodingProblem p where p.ownerId = :owner and p.url is null"
            + " and lower(p.title) = lower(:title) and p.id <> :id")
    boolean existsUnlinkedTitle(@Param("owner") long ownerId, @Param("title") String title, @Param("id") long id);
}
