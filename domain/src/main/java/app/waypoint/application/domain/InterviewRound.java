package app.waypoint.application.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;

/** One interview round of an application: its kind, when, with whom, how it felt, and what to follow up. */
@Entity
public class InterviewRound {

    public static final int MAX_INTERVIEWERS = 300;
    public static final int MAX_FOLLOW_UPS = 4000;
    public static final int MAX_QUESTIONS = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long applicationId;

    @Enumerated(EnumType.STRING)
    private RoundKind kind;

    private Instant heldAt;

    @Column(length = MAX_INTERVIEWERS)
    private String interviewers;

    private Integer selfRating;

    private String followUps;

    @Version
    private long version;

    protected InterviewRound() {
        // for JPA
    }

    public InterviewRound(long applicationId) {
        this.applicationId = applicationId;
    }

    public void describe(RoundKind kind, Instant heldAt, String interviewers, Integer selfRating, String followUps) {
        this.kind = kind;
        this.heldAt = heldAt;
        this.interviewers = interviewers;
        this.selfRating = selfRating;
        this.followUps = followUps;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public RoundKind getKind() {
        return kind;
    }

    public Instant getHeldAt() {
        return heldAt;
    }

    public String getInterviewers() {
        return interviewers;
    }

    public Integer getSelfRating() {
        return selfRating;
    }

    public String getFollowUps() {
        return followUps;
    }

    public long getVersion() {
        return version;
    }
}
