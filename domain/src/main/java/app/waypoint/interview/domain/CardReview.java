package app.waypoint.interview.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One review of one card: the grade, the schedule it produced, and the schedule the card had before (so the
 * latest review can be taken back; reviews logged before that was kept have none).
 */
@Entity
public class CardReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long cardId;

    private Long ownerId;

    private LocalDate reviewedOn;

    @Enumerated(EnumType.STRING)
    private ReviewGrade grade;

    private double stability;

    private double difficulty;

    private int intervalDays;

    private Instant reviewedAt;

    private Double stabilityBefore;

    private Double difficultyBefore;

    private LocalDate lastReviewBefore;

    private LocalDate dueOnBefore;

    private Integer reviewsBefore;

    private Integer lapsesBefore;

    private Short schedulerBefore;

    @Enumerated(EnumType.STRING)
    private CardPhase phaseBefore;

    private int stepBefore;

    private Instant stepDueAtBefore;

    protected CardReview() {
        // for JPA
    }

    public CardReview(long cardId, long ownerId, LocalDate reviewedOn, ReviewGrade grade, double stability,
                      double difficulty, int intervalDays, Instant reviewedAt, CardSchedule before) {
        this.cardId = cardId;
        this.ownerId = ownerId;
        this.reviewedOn = reviewedOn;
        this.grade = grade;
        this.stability = stability;
        this.difficulty = difficulty;
        this.intervalDays = intervalDays;
        this.reviewedAt = reviewedAt;
        this.stabilityBefore = before.stability();
        this.difficultyBefore = before.difficulty();
        this.lastReviewBefore = before.lastReview();
        this.dueOnBefore = before.dueOn();
        this.reviewsBefore = before.reviews();
        this.lapsesBefore = before.lapses();
        this.schedulerBefore = before.scheduler();
        this.phaseBefore = before.phase();
        this.stepBefore = before.step();
        this.stepDueAtBefore = before.stepDueAt();
    }

    /** The card's schedule just before this review; empty for a review logged before it was kept. */
    public Optional<CardSchedule> scheduleBefore() {
        if (dueOnBefore == null) {
            return Optional.empty();
        }
        return Optional.of(new CardSchedule(stabilityBefore, difficultyBefore, lastReviewBefore, dueOnBefore,
                reviewsBefore, lapsesBefore, schedulerBefore, phaseBefore, stepBefore, stepDueAtBefore));
    }

    /** The review's outcome as a newer scheduler computes it from the same grades and days. */
    public void recomputed(double newStability, double newDifficulty, int newIntervalDays) {
        this.stability = newStability;
        this.difficulty = newDifficulty;
        this.intervalDays = newIntervalDays;
    }

    public Long getId() {
        return id;
    }

    public Long getCardId() {
        return cardId;
    }

    public double getStability() {
        return stability;
    }

    public double getDifficulty() {
        return difficulty;
    }

    public int getIntervalDays() {
        return intervalDays;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public ReviewGrade getGrade() {
        return grade;
    }
}
