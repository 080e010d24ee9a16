package app.waypoint.application.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface JobApplicationRepository extends JpaRepository<JobApplication, Long> {

    /** The owner's application with its stage, in one statement; empty for anybody else's. */
    @Query("select a from JobApplication a join fetch a.stage where a.id = :id and a.ownerId = :ownerId")
    Optional<JobApplication> findOwned(long id, long ownerId);

    /** The person's applications with their stages, most recently changed first, in one statement. */
    @Query("select a from JobApplication a join fetch a.stage where a.ownerId = :ownerId "
            + "order by a.changedAt desc, a.id desc")
    List<JobApplication> findMine(long ownerId);

    /** Earlier applications to the same company (ignoring case and spaces) or the same posting. */
    @Query("select a from JobApplication a join fetch a.stage where a.ownerId = :ownerId and "
            + "(lower(replace(a.company, ' ', '')) = :companyKey or (:postingUrl is not null and a.postingUrl = :postingUrl)) "
            + "order by a.createdAt desc, a.id desc")
    List<JobApplication> findEarlier(long ownerId, String companyKey, String postingUrl);

    boolean existsByStageId(long stageId);

    /**
     * (owner id, applications, open ones, open ones past their owner's second stage, ones in their owner's last
     * stage) of several people: counts only, for a group that may see them; one statement.
     */
    @Query(nativeQuery = true, value = """
            select a.owner_id, count(*),
                   count(*) filter (where a.outcome = 'OPEN'),
                   count(*) filter (where a.outcome = 'OPEN' and (select count(*) from application_stage o
                                    where o.owner_id = a.owner_id and o.position < st.position) >= 2),
                   count(*) filter (where not exists (select 1 from application_stage o
                                    where o.owner_id = a.owner_id and o.position > st.position))
            from job_application a join application_stage st on st.id = a.stage_id
            where a.owner_id in (:ownerIds) group by a.owner_id""")
    List<Object[]> countPipelines(java.util.Collection<Long> ownerIds);

    /** (skill id, postings asking for it, postings listing any skill) of the person's applications. */
    @Query("select s.id, count(a), (select count(distinct b) from JobApplication b join b.skills where b.ownerId = :ownerId) "
            + "from JobApplication a join a.skills s where a.ownerId = :ownerId group by s.id")
    List<Object[]> countPostingsBySkill(long ownerId);
}
