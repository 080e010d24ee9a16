package app.waypoint.interview.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface OwnChecklistItemRepository extends JpaRepository<OwnChecklistItem, Long> {

    /** All items of a person's own checklists, in one statement. */
    @Query("select i from OwnChecklistItem i where i.checklist.ownerId = :ownerId order by i.checklist.id, i.position")
    List<OwnChecklistItem> findByOwner(long ownerId);

    long countByChecklistId(long checklistId);
}
