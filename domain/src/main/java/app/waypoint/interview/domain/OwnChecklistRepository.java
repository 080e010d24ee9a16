package app.waypoint.interview.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface OwnChecklistRepository extends JpaRepository<OwnChecklist, Long> {

    List<OwnChecklist> findByOwnerIdOrderById(long ownerId);
}
