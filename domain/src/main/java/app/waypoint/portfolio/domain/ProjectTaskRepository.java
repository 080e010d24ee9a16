package app.waypoint.portfolio.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

public interface ProjectTaskRepository extends JpaRepository<ProjectTask, Long> {

    List<ProjectTask> findByProjectIdOrderByPosition(long projectId);

    List<ProjectTask> findByProjectIdIn(Collection<Long> projectIds);
}
