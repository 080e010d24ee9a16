package app.waypoint.portfolio.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface ProjectRepository extends JpaRepository<Project, Long> {

    List<Project> findByOwnerIdOrderByUpdatedAtDesc(long ownerId);

    /** (project id, skill key) pairs of an owner's projects, so a list needs no query per project. */
    @Query("select p.id, s.key from Project p join p.skills s where p.ownerId = :ownerId")
    List<Object[]> findSkillKeys(long ownerId);

    /** (skill id, project title) pairs of an owner's projects that are not archived. */
    @Query("select s.id, p.title from Project p join p.skills s where p.ownerId = :ownerId "
            + "and p.status <> app.waypoint.portfolio.domain.ProjectStatus.ARCHIVED")
    List<Object[]> findProjectTitlesBySkill(long ownerId);

    /** (project id, checklist entry) pairs of an owner's projects. */
    @Query("select p.id, c from Project p join p.components c where p.ownerId = :ownerId")
    List<Object[]> findComponentChecks(long ownerId);
}
