package app.waypoint.roadmap.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface RoadmapRepository extends JpaRepository<Roadmap, Long> {

    Optional<Roadmap> findByKey(String key);

    @Query("select r from Roadmap r where r.ownerId is null or r.ownerId = :accountId order by r.ownerId nulls first, r.id")
    List<Roadmap> findVisibleTo(long accountId);
}
