package app.waypoint.portfolio.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

public interface ProjectMilestoneRepository extends JpaRepository<ProjectMilestone, Long> {

    List<ProjectMilestone> findByProjectIdOrderByPosition(long projectId);

    List<ProjectMilestone> findByProjectIdIn(Collection<Long> projectIds);
}
