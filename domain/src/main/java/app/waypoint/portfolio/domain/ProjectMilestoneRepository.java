package app.waypoint.portfolio.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

public interface ProjectMilestoneRepository extends JpaRepository<ProjectMilestone, Long> {

    List<ProjectMilestone> findByProjectIdOrderByPosition(long projectId);

    List<ProjectMilestone> findByProjectIdIn(Collection<Long> projectIds);

    /** Open milestones due by a day on the person's projects still being worked on, soonest first, with them. */
    @Query("select m from ProjectMilestone m join fetch m.project p where m.doneAt is null and m.dueDate <= :until "
            + "and p.status not in (app.waypoint.portfolio.domain.ProjectStatus.ARCHIVED, "
            + "app.waypoint.portfolio.domain.ProjectStatus.DONE) and "
            + ProjectRepository.WORKS_ON + " order by m.dueDate, m.id")
    List<ProjectMilestone> findOpenDueBy(long accountId, LocalDate until);
}
