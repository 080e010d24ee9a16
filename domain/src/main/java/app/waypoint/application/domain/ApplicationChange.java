package app.waypoint.application.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/**
 * One change of an application's stage or outcome, as it was then: the stage's name at the time is kept, so a
 * renamed or deleted stage leaves the history readable.
 */
@Entity
public class ApplicationChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long applicationId;

    private Instant changedAt;

    private Long stageId;

    @Column(length = ApplicationStage.MAX_NAME)
    private String stageName;

    @Enumerated(EnumType.STRING)
    private ApplicationOutcome outcome;

    protected ApplicationChange() {
        // for JPA
    }

    ApplicationChange(long applicationId, Instant changedAt, ApplicationStage stage, ApplicationOutcome outcome) {
        this.applicationId = applicationId;
        this.changedAt = changedAt;
        this.stageId = stage.getId();
        this.stageName = stage.getName();
        this.outcome = outcome;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public Long getStageId() {
        return stageId;
    }

    public String getStageName() {
        return stageName;
    }

    public ApplicationOutcome getOutcome() {
        return outcome;
    }
}
