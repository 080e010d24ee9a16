package app.waypoint.roadmap.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface NodeProgressRepository extends JpaRepository<NodeProgress, Long> {

    @Query("select p from NodeProgress p where p.accountId = :accountId and p.node.roadmap.id in :roadmapIds")
    List<NodeProgress> findByAccountAndRoadmaps(long accountId, Collection<Long> roadmapIds);

    @Query("select p.id, e from NodeProgress p join p.evidence e where p.accountId = :accountId "
            + "and p.node.roadmap.id = :roadmapId order by p.id, index(e)")
    List<Object[]> findEvidence(long accountId, long roadmapId);

    Optional<NodeProgress> findByAccountIdAndNodeId(long accountId, long nodeId);

    /** Done topics per skill, for the skills view: (skill id, topic title) pairs. */
    @Query("select s.id, n.title from NodeProgress p join p.node n join n.skills s "
            + "where p.accountId = :accountId and p.status = app.waypoint.roadmap.domain.ProgressStatus.DONE "
            + "and n.retired = false")
    List<Object[]> findDoneTopicTitlesBySkill(long accountId);

    /** (account id, topic id, status) of several people on one roadmap's topics, for a group's board. */
    @Query("select p.accountId, p.node.id, p.status from NodeProgress p where p.accountId in :accountIds "
            + "and p.node.roadmap.id = :roadmapId and p.node.kind = app.waypoint.roadmap.domain.NodeKind.TOPIC")
    List<Object[]> findTopicStatuses(Collection<Long> accountIds, long roadmapId);

    /** (account id, node id, notes) of several people's written notes on one roadmap, for a group's board. */
    @Query("select p.accountId, p.node.id, p.notes from NodeProgress p where p.accountId in :accountIds "
            + "and p.node.roadmap.id = :roadmapId and p.notes is not null order by p.updatedAt desc")
    List<Object[]> findNotes(Collection<Long> accountIds, long roadmapId);
}
