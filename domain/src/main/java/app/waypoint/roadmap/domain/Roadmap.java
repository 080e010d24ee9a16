package app.waypoint.roadmap.domain;

import app.waypoint.base.domain.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/** A learning roadmap: built in (no owner, loaded from content files) or a person's own. */
@Entity
public class Roadmap {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 80)
    private String key;

    /** The account that owns a custom roadmap; null for built-in ones. */
    private Long ownerId;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ko", column = @Column(name = "title_ko")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en"))})
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ko", column = @Column(name = "description_ko")),
            @AttributeOverride(name = "en", column = @Column(name = "description_en"))})
    private LocalizedText description;

    private int contentVersion;

    /** For a fork: how many topics' progress it took from its source when made; null for any other roadmap. */
    private Integer carriedTopics;

    private Instant createdAt;

    @Version
    private long version;

    protected Roadmap() {
        // for JPA
    }

    private Roadmap(String key, Long ownerId, Instant now) {
        this.key = key;
        this.ownerId = ownerId;
        this.createdAt = now;
    }

    public static Roadmap builtIn(String key, Instant now) {
        return new Roadmap(key, null, now);
    }

    public static Roadmap ownedBy(long ownerId, String key, Instant now) {
        return new Roadmap(key, ownerId, now);
    }

    public void describe(LocalizedText title, LocalizedText description) {
        this.title = title;
        this.description = description;
    }

    /** Records, once, that this fork took the person's progress on so many topics from its source. */
    public void carriedProgress(int topics) {
        if (carriedTopics != null) {
            throw new IllegalStateException("Progress is carried over to a fork once");
        }
        this.carriedTopics = topics;
    }

    public Integer getCarriedTopics() {
        return carriedTopics;
    }

    /** Records that the built-in content of this version has been applied. */
    public void contentApplied(int contentVersion) {
        this.contentVersion = contentVersion;
    }

    public boolean isBuiltIn() {
        return ownerId == null;
    }

    public boolean isOwnedBy(long accountId) {
        return Objects.equals(ownerId, accountId);
    }

    /** Built-in roadmaps are for everyone; a custom one only for its owner. */
    public boolean isVisibleTo(long accountId) {
        return isBuiltIn() || isOwnedBy(accountId);
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getDescription() {
        return description;
    }

    public int getContentVersion() {
        return contentVersion;
    }

    public long getVersion() {
        return version;
    }
}
