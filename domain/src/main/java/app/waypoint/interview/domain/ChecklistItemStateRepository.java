package app.waypoint.interview.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface ChecklistItemStateRepository extends JpaRepository<ChecklistItemState, Long> {

    List<ChecklistItemState> findByOwnerId(long ownerId);

    Optional<ChecklistItemState> findByOwnerIdAndChecklistKeyAndItemKey(long ownerId, String checklistKey,
                                                                       String itemKey);
}
