package app.waypoint.group.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;
import java.time.LocalDate;

/** One of a group's (usually weekly) study sessions. */
@Entity
public class GroupSession {

    public static final int MAX_TOPIC = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long groupId;

    private LocalDate heldOn;

    @Column(length = MAX_TOPIC)
    private String topic;

    private Instant createdAt;

    protected GroupSession() {
        // for JPA
    }

    public GroupSession(long groupId, LocalDate heldOn, String topic, Instant now) {
        this.groupId = groupId;
        this.heldOn = heldOn;
        this.topic = topic;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getGroupId() {
        return groupId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getTopic() {
        return topic;
    }
}
