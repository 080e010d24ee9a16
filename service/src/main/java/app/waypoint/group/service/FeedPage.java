package app.waypoint.group.service;

import app.waypoint.base.domain.ActivityKind;
import app.waypoint.base.domain.LocalizedText;

import java.time.Instant;
import java.util.List;

/** One page of a group's activity feed, newest first, and whether an older page follows. */
public record FeedPage(List<Item> items, boolean hasMore) {

    /** One thing a member did; {@code who} is null for someone who has since left the group. */
    public record Item(String who, ActivityKind kind, LocalizedText subject, Instant at) {
    }
}
