package app.waypoint.interview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One question in a person's deck, with their answer and its review schedule (FSRS stability and
 * difficulty, both null until the first review; the learning phase, and within a learning step the moment the
 * card is due).
 */
@Entity
public class QuestionCard {

    public static final int MAX_COMPANY = 100;
    public static final int MAX_TAGS = 200;
    public static final int MAX_ANSWER = 10_000;
    public static final int MAX_QUESTION = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long ownerId;

    @Column(length = 60)
    private String sourceKey;

    @Enumerated(EnumType.STRING)
    private QuestionCategory category;

    @Column(length = MAX_TAGS)
    private String tags;

    @Column(length = MAX_COMPANY)
    private String company;

    @Column(length = MAX_QUESTION)
    private String question;

    @Column(length = MAX_ANSWER)
    private String answer;

    private Double stability;

    private Double difficulty;

    private LocalDate dueOn;

    private LocalDate lastReview;

    private int reviews;

    private int lapses;

    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    private CardPhase phase = CardPhase.NEW;

    private int step;

    private Instant stepDueAt;

    /** The FSRS version that scheduled the card; see {@link #rescheduled}. */
    private short scheduler = CURRENT_SCHEDULER;

    @Version
    private long version;

    protected QuestionCard() {
        // for JPA
    }

    public QuestionCard(long ownerId, String sourceKey, QuestionCategory category, String question, String answer,
                        String tags, String company, LocalDate today, Instant now) {
        this.ownerId = ownerId;
        this.sourceKey = sourceKey;
        this.category = category;
        this.question = question;
        this.answer = answer;
        this.tags = tags;
        this.company = company;
        this.dueOn = today;
        this.createdAt = now;
    }

    /** The FSRS version cards are scheduled with now. */
    public static final short CURRENT_SCHEDULER = 6;

    /**
     * Takes the memory state and due date recomputed from the card's whole review log by a newer scheduler;
     * {@code lastReview} is null for a card never reviewed.
     */
    public void rescheduled(Double newStability, Double newDifficulty, LocalDate lastReview, int intervalDays,
                            short schedulerVersion) {
        this.stability = newStability;
        this.difficulty = newDifficulty;
        if (lastReview != null) {
            this.lastReview = lastReview;
            this.dueOn = lastReview.plusDays(intervalDays);
            this.phase = CardPhase.REVIEW;
            this.step = 0;
            this.stepDueAt = null;
        }
        this.scheduler = schedulerVersion;
    }

    public short getScheduler() {
        return scheduler;
    }

    public boolean isNew() {
        return phase == CardPhase.NEW;
    }

    public boolean isDueOn(LocalDate day) {
        return !dueOn.isAfter(day);
    }

    /**
     * Records a review's outcome: the new memory state and when the card comes back. A card forgotten in review
     * counts a lapse.
     */
    public void reviewed(double newStability, double newDifficulty, LocalDate today, NextReview next) {
        if (phase == CardPhase.REVIEW && next.phase() == CardPhase.RELEARNING) {
            this.lapses++;
        }
        this.stability = newStability;
        this.difficulty = newDifficulty;
        this.lastReview = today;
        this.dueOn = next.dueOn();
        this.phase = next.phase();
        this.step = next.step();
        this.stepDueAt = next.stepDueAt();
        this.reviews++;
    }

    /**
     * Moves a card in review to a new due day, counted from its last review: after the person changes their
     * desired retention. Cards new or in a step keep theirs.
     */
    public void dueMoved(LocalDate newDueOn) {
        if (phase != CardPhase.REVIEW) {
            throw new IllegalStateException("Only a card in review has a due day to move, not a card " + phase);
        }
        this.dueOn = newDueOn;
    }

    /** What a review would change, as it is now; a review log keeps it so the review can be taken back. */
    public CardSchedule schedule() {
        return new CardSchedule(stability, difficulty, lastReview, dueOn, reviews, lapses, scheduler, phase, step,
                stepDueAt);
    }

    /** Takes back this card's latest review: the schedule becomes again what that review found. */
    public void reviewTakenBack(CardReview latest) {
        if (!id.equals(latest.getCardId())) {
            throw new IllegalArgumentException("review " + latest.getId() + " is not of card " + id);
        }
        CardSchedule before = latest.scheduleBefore()
                .orElseThrow(() -> new IllegalStateException("review " + latest.getId() + " kept no schedule"));
        this.stability = before.stability();
        this.difficulty = before.difficulty();
        this.lastReview = before.lastReview();
        this.dueOn = before.dueOn();
        this.reviews = before.reviews();
        this.lapses = before.lapses();
        this.scheduler = before.scheduler();
        this.phase = before.phase();
        this.step = before.step();
        this.stepDueAt = before.stepDueAt();
    }

    /** Changes what the card asks and answers; its review schedule stays, since the memory of it does too. */
    public void edit(QuestionCategory category, String question, String answer, String tags, String company) {
        this.category = category;
        this.question = question;
        this.answer = answer;
        this.tags = tags;
        this.company = company;
    }

    public Long getId() {
        return id;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public String getSourceKey() {
        return sourceKey;
    }

    public QuestionCategory getCategory() {
        return category;
    }

    public String getTags() {
        return tags;
    }

    public String getCompany() {
        return company;
    }

    public String getQuestion() {
        return question;
    }

    public String getAnswer() {
        return answer;
    }

    public Double getStability() {
        return stability;
    }

    public Double getDifficulty() {
        return difficulty;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getLastReview() {
        return lastReview;
    }

    public int getReviews() {
        return reviews;
    }

    public int getLapses() {
        return lapses;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public CardPhase getPhase() {
        return phase;
    }

    public int getStep() {
        return step;
    }

    public Instant getStepDueAt() {
        return stepDueAt;
    }

    public long getVersion() {
        return version;
    }
}
