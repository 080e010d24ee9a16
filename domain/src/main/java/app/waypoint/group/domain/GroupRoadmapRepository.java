package app.waypoint.group.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface GroupRoadmapRepository extends JpaRepository<GroupRoadmap, Long> {

    List<GroupRoadmap> findByGroupIdOrderByAdoptedAtAscIdAsc(long groupId);

    boolean existsByGroupIdAndRoadmapId(long groupId, long roadmapId);

    void deleteByGroupIdAndRoadmapId(long groupId, long roadmapId);
}
