package app.waypoint.activity.domain;

import app.waypoint.base.domain.ActivityKind;
import app.waypoint.base.domain.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** One thing a person did, kept for their groups' feeds and for streaks. Never changed once written. */
@Entity
public class ActivityEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long accountId;

    @Enumerated(EnumType.STRING)
    private ActivityKind kind;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ko", column = @Column(name = "subject_ko")),
            @AttributeOverride(name = "en", column = @Column(name = "subject_en"))
    })
    private LocalizedText subject;

    /** The group the event belongs to: the group joined, or the group owning the project of a milestone. */
    private Long groupId;

    /** For a finished topic: its roadmap and the topic itself. */
    private Long roadmapId;

    private Long topicId;

    private Instant occurredAt;

    protected ActivityEvent() {
        // for JPA
    }

    public ActivityEvent(long accountId, ActivityKind kind, LocalizedText subject, Long groupId, Long roadmapId,
                         Long topicId, Instant occurredAt) {
        this.accountId = accountId;
        this.kind = kind;
        this.subject = subject;
        this.groupId = groupId;
        this.roadmapId = roadmapId;
        this.topicId = topicId;
        this.occurredAt = occurredAt;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public LocalizedText getSubject() {
        return subject;
    }

    public Long getGroupId() {
        return groupId;
    }

    public Long getRoadmapId() {
        return roadmapId;
    }

    public Long getTopicId() {
        return topicId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
