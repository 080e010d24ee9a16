package app.waypoint.interview.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface CardReviewRepository extends JpaRepository<CardReview, Long> {

    /** The review logs of the given cards, each in the order the reviews happened. */
    List<CardReview> findByCardIdInOrderByCardIdAscReviewedAtAscIdAsc(Collection<Long> cardIds);

    /** A card's latest review (the last logged, if two share an instant). */
    Optional<CardReview> findFirstByCardIdOrderByReviewedAtDescIdDesc(long cardId);

    /** (phase before the review, count) pairs of someone's reviews on a day: for the daily limits. */
    @Query("select r.phaseBefore, count(r) from CardReview r where r.ownerId = :ownerId and r.reviewedOn = :day "
            + "group by r.phaseBefore")
    List<Object[]> countByPhaseOn(long ownerId, LocalDate day);

    /** The distinct days someone reviewed on, newest first. */
    @Query("select distinct r.reviewedOn from CardReview r where r.ownerId = :ownerId order by r.reviewedOn desc")
    List<LocalDate> findReviewDays(long ownerId);

    /**
     * (card category, grade, count) triples of someone's reviews between two days (both included) that found
     * their card in the given phase: for true retention by category.
     */
    @Query("select c.category, r.grade, count(r) from CardReview r join QuestionCard c on c.id = r.cardId "
            + "where r.ownerId = :ownerId and r.phaseBefore = :phase and r.reviewedOn between :since and :until "
            + "group by c.category, r.grade")
    List<Object[]> countByCategoryAndGrade(long ownerId, CardPhase phase, LocalDate since, LocalDate until);

    /** (day, count) pairs of someone's reviews between two days, both included: for a review calendar. */
    @Query("select r.reviewedOn, count(r) from CardReview r where r.ownerId = :ownerId "
            + "and r.reviewedOn between :since and :until group by r.reviewedOn")
    List<Object[]> countByDay(long ownerId, LocalDate since, LocalDate until);

    boolean existsByOwnerId(long ownerId);
}
