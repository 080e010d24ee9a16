package app.waypoint.interview.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;
import java.time.LocalDate;

/** One review of one card: the grade and the schedule it produced. */
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

    protected CardReview() {
        // for JPA
    }

    public CardReview(long cardId, long ownerId, LocalDate reviewedOn, ReviewGrade grade, double stability,
                      double difficulty, int intervalDays, Instant reviewedAt) {
        this.cardId = cardId;
        this.ownerId = ownerId;
        this.reviewedOn = reviewedOn;
        this.grade = grade;
        this.stability = stability;
        this.difficulty = difficulty;
        this.intervalDays = intervalDays;
        this.reviewedAt = reviewedAt;
    }

    /** The review's outcome as a newer scheduler computes it from the same grades and days. */
    public void recomputed(double newStability, double newDifficulty, int newIntervalDays) {
        this.stability = newStability;
        this.difficulty = newDifficulty;
        this.intervalDays = newIntervalDays;
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
