package app.waypoint.roadmap.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

public interface RoadmapNodeRepository extends JpaRepository<RoadmapNode, Long> {

    /** Every node of a roadmap, retired ones included, in one statement. */
    List<RoadmapNode> findByRoadmapId(long roadmapId);

    @Query("select n from RoadmapNode n where n.roadmap.id in :roadmapIds and n.retired = false")
    List<RoadmapNode> findActiveByRoadmapIdIn(Collection<Long> roadmapIds);

    /** (node id, skill id) pairs of a roadmap, so an outline needs no query per node. */
    @Query("select n.id, s.id from RoadmapNode n join n.skills s where n.roadmap.id = :roadmapId")
    List<Object[]> findSkillLinks(long roadmapId);

    /** (node id, resource) pairs of a roadmap, in the order they are recommended. */
    @Query("select n.id, r from RoadmapNode n join n.resources r where n.roadmap.id = :roadmapId order by n.id, index(r)")
    List<Object[]> findResources(long roadmapId);
}
