package app.waypoint.group.service;

import app.waypoint.base.domain.LocalizedText;

import java.util.List;

/** A checklist the group works through, with each member's ticks (hidden for those who keep progress private). */
public record GroupChecklistView(String key, LocalizedText title, int itemCount, List<MemberTicks> members) {

    public record MemberTicks(String displayName, boolean shared, int done) {
    }
}
