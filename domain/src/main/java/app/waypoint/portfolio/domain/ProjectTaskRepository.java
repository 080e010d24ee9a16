package app.waypoint.portfolio.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

public interface ProjectTaskRepository extends JpaRepository<ProjectTask, Long> {

    List<ProjectTask> findByProjectIdOrderByPosition(long projectId);

    /** A board's tasks with their milestones, in one statement however many there are. */
    /** (project id, tasks done, tasks) of a group's team projects, for the group's page. */
    @Query("select t.project.id, sum(case when t.status = app.waypoint.portfolio.domain.TaskStatus.DONE then 1 else 0 end),"
            + " count(t) from ProjectTask t where t.project.groupId = :groupId group by t.project.id")
    List<Object[]> countByGroup(long groupId);

    @Query("select t from ProjectTask t left join fetch t.milestone where t.project.id = :projectId order by t.position, t.id")
    List<ProjectTask> findBoard(long projectId);

    /** A board's tasks without their milestones, in board order: what a move numbers anew. */
    @Query("select t from ProjectTask t where t.project.id = :projectId order by t.position, t.id")
    List<ProjectTask> findPlaces(long projectId);

    /** The place after the last card of a column. */
    @Query("select coalesce(max(t.position) + 1, 0) from ProjectTask t where t.project.id = :projectId and t.status = :status")
    int nextPosition(long projectId, TaskStatus status);

    long countByProjectIdAndStatusNot(long projectId, TaskStatus status);

    List<ProjectTask> findByProjectIdIn(Collection<Long> projectIds);

    /** Nobody is assigned any more: the project has become one person's own. */
    @Modifying(flushAutomatically = true)
    @Query("update ProjectTask t set t.assigneeId = null where t.project.id = :projectId")
    void unassignAll(long projectId);
}
