package app.waypoint.interview.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface CodingProblemRepository extends JpaRepository<CodingProblem, Long> {

    List<CodingProblem> findByOwnerIdOrderByCreatedAtDescIdDesc(long ownerId);

    boolean existsByOwnerIdAndUrl(long ownerId, String url);

    boolean existsByOwnerIdAndUrlAndIdNot(long ownerId, String url, long id);
}
