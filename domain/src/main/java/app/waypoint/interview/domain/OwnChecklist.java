package app.waypoint.interview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** A checklist a person writes for themselves. */
@Entity
public class OwnChecklist {

    public static final int MAX_TITLE = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long ownerId;

    @Column(length = MAX_TITLE)
    private String title;

    private Instant createdAt;

    protected OwnChecklist() {
        // for JPA
    }

    public OwnChecklist(long ownerId, String title, Instant now) {
        this.ownerId = ownerId;
        this.title = title;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public String getTitle() {
        return title;
    }
}
