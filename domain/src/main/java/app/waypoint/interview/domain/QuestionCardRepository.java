package app.waypoint.interview.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;

public interface QuestionCardRepository extends JpaRepository<QuestionCard, Long> {

    List<QuestionCard> findByOwnerIdOrderByCreatedAtAscIdAsc(long ownerId);

    List<QuestionCard> findByOwnerIdAndCategoryOrderByCreatedAtAscIdAsc(long ownerId, QuestionCategory category);

    long countByOwnerId(long ownerId);

    /** Up to a page of cards scheduled by an older scheduler than the given one, oldest first. */
    List<QuestionCard> findTop500BySchedulerLessThanOrderByIdAsc(short scheduler);

    /** The cards due on or before a day, oldest due first, in one statement. */
    @Query("select c from QuestionCard c where c.ownerId = :ownerId and c.dueOn <= :day order by c.dueOn, c.id")
    List<QuestionCard> findDue(long ownerId, LocalDate day);

    @Query("select c.sourceKey from QuestionCard c where c.ownerId = :ownerId and c.sourceKey is not null")
    List<String> findSourceKeys(long ownerId);

    /**
     * (card, settings) pairs of all someone's cards, oldest first, with their review settings (null while the
     * defaults hold): what a summary of the deck needs, in one statement.
     */
    @Query("select c, s from QuestionCard c left join ReviewSettings s on s.accountId = c.ownerId "
            + "where c.ownerId = :ownerId order by c.createdAt, c.id")
    List<Object[]> findAllWithSettings(long ownerId);
}
