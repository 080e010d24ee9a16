package app.waypoint.group.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;

/** A study group: a name, a description and the invite code that lets people join until it expires. */
@Entity
public class StudyGroup {

    public static final int MAX_DESCRIPTION = 1000;
    public static final int MAX_NAME = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = MAX_NAME)
    private String name;

    @Column(length = MAX_DESCRIPTION)
    private String description;

    @Column(length = 64)
    private String inviteCode;

    private Instant inviteExpiresAt;

    private Instant createdAt;

    @Version
    private long version;

    protected StudyGroup() {
        // for JPA
    }

    public StudyGroup(String name, String description, Instant now) {
        this.name = name;
        this.description = description;
        this.createdAt = now;
    }

    public void describe(String newName, String newDescription) {
        this.name = newName;
        this.description = newDescription;
    }

    /** Replaces the invite code: links with the old one stop working at once. */
    public void newInvite(String code, Instant expiresAt) {
        this.inviteCode = code;
        this.inviteExpiresAt = expiresAt;
    }

    public void expireInvite() {
        this.inviteCode = null;
        this.inviteExpiresAt = null;
    }

    public boolean acceptsInvite(String code, Instant now) {
        return inviteCode != null && inviteCode.equals(code) && now.isBefore(inviteExpiresAt);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getInviteCode() {
        return inviteCode;
    }

    public Instant getInviteExpiresAt() {
        return inviteExpiresAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
