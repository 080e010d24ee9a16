package app.waypoint.roadmap.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface RoadmapPlanRepository extends JpaRepository<RoadmapPlan, Long> {

    Optional<RoadmapPlan> findByAccountIdAndRoadmapId(long accountId, long roadmapId);
}
