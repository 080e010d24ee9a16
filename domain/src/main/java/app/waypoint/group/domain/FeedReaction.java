package app.waypoint.group.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.time.Instant;

/** One member's reaction to one item of a group's feed, in that group. */
@Entity
public class FeedReaction {

    /** Who reacted how to what, in which group: one of each at most. */
    @Embeddable
    public record Key(@Column(name = "group_id") long groupId, @Column(name = "event_id") long eventId,
                      @Column(name = "account_id") long accountId,
                      @Enumerated(EnumType.STRING) @Column(name = "reaction") Reaction reaction) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    private Instant createdAt;

    protected FeedReaction() {
        // for JPA
    }

    public FeedReaction(Key key, Instant now) {
        this.key = key;
        this.createdAt = now;
    }

    public Key getKey() {
        return key;
    }
}
