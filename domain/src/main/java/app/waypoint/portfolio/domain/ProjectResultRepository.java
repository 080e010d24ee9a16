package app.waypoint.portfolio.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface ProjectResultRepository extends JpaRepository<ProjectResult, Long> {

    List<ProjectResult> findByProjectIdOrderByPosition(long projectId);
}
