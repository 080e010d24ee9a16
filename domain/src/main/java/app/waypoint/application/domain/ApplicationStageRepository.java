package app.waypoint.application.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface ApplicationStageRepository extends JpaRepository<ApplicationStage, Long> {

    List<ApplicationStage> findByOwnerIdOrderByPositionAscIdAsc(long ownerId);
}
