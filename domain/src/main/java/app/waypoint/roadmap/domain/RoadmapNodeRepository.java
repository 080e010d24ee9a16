package app.waypoint.roadmap.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

public interface RoadmapNodeRepository extends JpaRepository<RoadmapNode, Long> {

    /** Every node of a roadmap, retired ones included, in one statement. */
    List<RoadmapNode> findByRoadmapId(long roadmapId);

    /**
     * Counts an edit that may have changed only the node's children (its sub-topics) as a change of the node, so
     * another tab's edit from the version before is refused. Zero when someone else's edit came first.
     */
    @Modifying
    @Query("update RoadmapNode n set n.version = n.version + 1 where n.id = :id and n.version = :version")
    int countEdit(long id, long version);

    @Query("select n from RoadmapNode n where n.roadmap.id in :roadmapIds and n.retired = false")
    List<RoadmapNode> findActiveByRoadmapIdIn(Collection<Long> roadmapIds);

    /** (node id, skill id) pairs of a roadmap, so an outline needs no query per node. */
    @Query("select n.id, s.id from RoadmapNode n join n.skills s where n.roadmap.id = :roadmapId")
    List<Object[]> findSkillLinks(long roadmapId);

    /** (node id, resource) pairs of a roadmap, in the order they are recommended. */
    @Query("select n.id, r from RoadmapNode n join n.resources r where n.roadmap.id = :roadmapId order by n.id, index(r)")
    List<Object[]> findResources(long roadmapId);

    /**
     * The stages and topics of the roadmap a person follows (the one they planned last, else the first built-in
     * one), each row: node id, parent id, kind, position, title ko, title en, min months, max months, the
     * person's status (null when untouched), the highest demand among the topic's skills (a skill without
     * posting figures, or a topic without skills, weighs {@code unmeasured}), roadmap key, roadmap title ko,
     * roadmap title en, plan start, plan hours per week, plan version, node key. One statement, whatever the size.
     */
    @Query(nativeQuery = true, value = """
            with followed as (
                select coalesce(
                    (select pl.roadmap_id from roadmap_plan pl join roadmap r on r.id = pl.roadmap_id
                     where pl.account_id = :accountId and (r.owner_id is null or r.owner_id = :accountId)
                     order by pl.id desc limit 1),
                    (select r.id from roadmap r where r.owner_id is null order by r.id limit 1)) as id)
            select n.id, n.parent_id, n.kind, n.position, n.title_ko, n.title_en, n.min_months, n.max_months,
                   p.status,
                   coalesce((select max(coalesce(s.demand, :unmeasured)) from node_skill ns
                             join skill s on s.id = ns.skill_id where ns.node_id = n.id), :unmeasured),
                   r.key, r.title_ko, r.title_en, pl.start_date, pl.hours_per_week, pl.version, n.key
            from followed f
            join roadmap r on r.id = f.id
            join roadmap_node n on n.roadmap_id = r.id and not n.retired and n.kind in ('STAGE', 'TOPIC')
            left join node_progress p on p.node_id = n.id and p.account_id = :accountId
            left join roadmap_plan pl on pl.roadmap_id = r.id and pl.account_id = :accountId
            order by n.position, n.id""")
    List<Object[]> findFollowedOutline(long accountId, int unmeasured);
}
