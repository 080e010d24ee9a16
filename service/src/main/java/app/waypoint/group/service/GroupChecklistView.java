package app.waypoint.group.service;

import app.waypoint.base.domain.LocalizedText;

import java.util.List;

/**
 * A checklist the group works through, with each member's ticks (hidden for those who keep progress private).
 * A checklist that has left the built-in content has no title, no items and no members' counts.
 */
public record GroupChecklistView(String key, LocalizedText title, int itemCount, List<MemberTicks> members) {

    static GroupChecklistView noLongerAvailable(String key) {
        return new GroupChecklistView(key, null, 0, List.of());
    }

    public boolean available() {
        return title != null;
    }

    public record MemberTicks(String displayName, boolean shared, int done) {
    }
}
