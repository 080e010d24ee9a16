package app.waypoint.interview.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface ChecklistItemStateRepository extends JpaRepository<ChecklistItemState, Long> {

    List<ChecklistItemState> findByOwnerId(long ownerId);

    /** (owner id, checklist key, item key) of several people's ticked items, for a group's overview. */
    @Query("select s.ownerId, s.checklistKey, s.itemKey from ChecklistItemState s where s.ownerId in :ownerIds "
            + "and s.checklistKey in :checklistKeys and s.tick.done = true")
    List<Object[]> findTicked(Collection<Long> ownerIds, Collection<String> checklistKeys);

    Optional<ChecklistItemState> findByOwnerIdAndChecklistKeyAndItemKey(long ownerId, String checklistKey,
                                                                       String itemKey);
}
