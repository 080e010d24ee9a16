package app.waypoint.group.service;

import app.waypoint.base.domain.ActivityKind;
import app.waypoint.base.domain.LocalizedText;
import app.waypoint.group.domain.Reaction;

import java.time.Instant;
import java.util.List;

/** One page of a group's activity feed, newest first, and whether an older page follows. */
public record FeedPage(List<Item> items, boolean hasMore) {

    /**
     * One thing a member did; {@code who} is null for someone who has since left the group. {@code reactions}: the
     * reactions the group's current members gave it, in the fixed order, only those given.
     */
    public record Item(long id, String who, ActivityKind kind, LocalizedText subject, Instant at,
                       List<Reactions> reactions) {
    }

    /** How many gave this reaction, and whether the person reading is one of them. */
    public record Reactions(Reaction reaction, int count, boolean mine) {
    }
}
