package app.waypoint.group.domain;

import app.waypoint.roadmap.domain.Roadmap;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface GroupRoadmapRepository extends JpaRepository<GroupRoadmap, Long> {

    /** The roadmaps a group adopted, in the order it adopted them, in one statement. */
    @Query("select r from GroupRoadmap g, Roadmap r where r.id = g.roadmapId and g.groupId = :groupId "
            + "order by g.adoptedAt, g.id")
    List<Roadmap> findAdoptedRoadmaps(long groupId);

    boolean existsByGroupIdAndRoadmapId(long groupId, long roadmapId);

    void deleteByGroupIdAndRoadmapId(long groupId, long roadmapId);
}
