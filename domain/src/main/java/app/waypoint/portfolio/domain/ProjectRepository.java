package app.waypoint.portfolio.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface ProjectRepository extends JpaRepository<Project, Long> {

    /**
     * The projects a person works on: their own, and the team projects of the groups they are a member of now.
     * Lists use this condition; a single project is checked the same way, one project at a time.
     */
    String WORKS_ON = "((p.groupId is null and p.ownerId = :accountId) or p.groupId in "
            + "(select m.group.id from GroupMember m where m.accountId = :accountId))";

    /** The person's projects, their own and their groups', newest activity first. */
    @Query("select p from Project p where " + WORKS_ON + " order by p.updatedAt desc, p.id desc")
    List<Project> findWorkedOnBy(long accountId);

    /** (project id, skill key) pairs of the person's projects, so a list needs no query per project. */
    @Query("select p.id, s.key from Project p join p.skills s where " + WORKS_ON)
    List<Object[]> findSkillKeys(long accountId);

    /** (skill id, project title, project status) of the person's projects that are not archived. */
    @Query("select s.id, p.title, p.status from Project p join p.skills s where " + WORKS_ON
            + " and p.status <> app.waypoint.portfolio.domain.ProjectStatus.ARCHIVED")
    List<Object[]> findProjectTitlesBySkill(long accountId);

    /** (project id, checklist entry) pairs of the person's projects. */
    @Query("select p.id, c from Project p join p.components c where " + WORKS_ON)
    List<Object[]> findComponentChecks(long accountId);

    /** A group's team projects, oldest first. */
    List<Project> findByGroupIdOrderByCreatedAtAscIdAsc(long groupId);

    /**
     * (project id, status, checklist entry) rows of the person's projects; a project without a checklist gives
     * one row with a null entry.
     */
    @Query("select p.id, p.status, c from Project p left join p.components c where " + WORKS_ON)
    List<Object[]> findComponentStates(long accountId);
}
