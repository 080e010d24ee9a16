package app.waypoint.interview.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

public interface MockInterviewRepository extends JpaRepository<MockInterview, Long> {

    List<MockInterview> findByOwnerIdOrderByHeldOnDescIdDesc(long ownerId);

    /** A person's own mock interviews and those held in the given pairings (their partners'), newest first. */
    @Query("""
            select m from MockInterview m where m.ownerId = :ownerId or m.pairingId in :pairingIds
            order by m.heldOn desc, m.id desc""")
    List<MockInterview> findOwnOrHeldIn(long ownerId, Collection<Long> pairingIds);

    /** The pairings among the given ones that have a logged interview: each with the earliest day one was held. */
    @Query("""
            select m.pairingId, min(m.heldOn) from MockInterview m where m.pairingId in :pairingIds
            group by m.pairingId""")
    List<Object[]> findHeldPairings(Collection<Long> pairingIds);

    /**
     * One row of interview practice figures: mock interviews held from one day to another, STAR stories, and the
     * competencies the stories cover (comma-separated, with repeats; null without stories). One statement for
     * two small tables, so a summary page stays within its budget.
     */
    @Query(nativeQuery = true, value = """
            select (select count(*) from mock_interview where owner_id = :ownerId and held_on between :since and :until),
                   (select count(*) from star_story where owner_id = :ownerId),
                   (select string_agg(competencies, ',') from star_story where owner_id = :ownerId)""")
    List<Object[]> findPracticeFigures(long ownerId, LocalDate since, LocalDate until);
}
