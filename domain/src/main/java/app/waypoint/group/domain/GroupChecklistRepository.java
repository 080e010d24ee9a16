package app.waypoint.group.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface GroupChecklistRepository extends JpaRepository<GroupChecklist, Long> {

    List<GroupChecklist> findByGroupIdOrderByAssignedAtAscIdAsc(long groupId);

    boolean existsByGroupIdAndChecklistKey(long groupId, String checklistKey);

    void deleteByGroupIdAndChecklistKey(long groupId, String checklistKey);
}
