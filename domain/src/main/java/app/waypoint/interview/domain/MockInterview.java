package app.waypoint.interview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;
import java.time.LocalDate;

/** A mock interview a person held: when, what kind, with whom, what was asked and how it went (1–5). */
@Entity
public class MockInterview {

    public static final int MAX_FOLLOW_UPS = 20;
    public static final int MAX_QUESTIONS = 4000;
    public static final int MAX_PARTNER = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long ownerId;

    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    private MockInterviewKind kind;

    @Column(length = MAX_PARTNER)
    private String partner;

    @Column(length = MAX_QUESTIONS)
    private String questions;

    private int selfRating;

    /** The study-group pairing it was held in, whose partners see it; null for one logged on its own. */
    private Long pairingId;

    private Instant createdAt;

    protected MockInterview() {
        // for JPA
    }

    public MockInterview(long ownerId, LocalDate heldOn, MockInterviewKind kind, String partner, String questions,
                         int selfRating, Instant now) {
        if (selfRating < 1 || selfRating > 5) {
            throw new IllegalArgumentException("A self-rating is between 1 and 5");
        }
        this.ownerId = ownerId;
        this.heldOn = heldOn;
        this.kind = kind;
        this.partner = partner;
        this.questions = questions;
        this.selfRating = selfRating;
        this.createdAt = now;
    }

    /** Marks the interview as held in a pairing, so that the pairing's partners see it and give feedback. */
    public void heldInPairing(long pairingId) {
        this.pairingId = pairingId;
    }

    public Long getId() {
        return id;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public MockInterviewKind getKind() {
        return kind;
    }

    public String getPartner() {
        return partner;
    }

    public String getQuestions() {
        return questions;
    }

    public int getSelfRating() {
        return selfRating;
    }

    public Long getPairingId() {
        return pairingId;
    }
}
