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
     * (card, settings, new cards reviewed on the day, cards in review reviewed on the day) rows of all someone's
     * cards, oldest first; settings are null while the defaults hold. What a summary of the deck needs, with the
     * day's limits, in one statement.
     */
    @Query("select c, s, "
            + "(select count(r) from CardReview r where r.ownerId = :ownerId and r.reviewedOn = :day "
            + "and r.phaseBefore = app.waypoint.interview.domain.CardPhase.NEW), "
            + "(select count(r) from CardReview r where r.ownerId = :ownerId and r.reviewedOn = :day "
            + "and r.phaseBefore = app.waypoint.interview.domain.CardPhase.REVIEW) "
            + "from QuestionCard c left join ReviewSettings s on s.accountId = c.ownerId "
            + "where c.ownerId = :ownerId order by c.createdAt, c.id")
    List<Object[]> findAllWithSettings(long ownerId, LocalDate day);
}
