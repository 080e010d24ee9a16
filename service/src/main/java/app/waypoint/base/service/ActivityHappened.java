package app.waypoint.base.service;

import app.waypoint.base.domain.ActivityKind;
import app.waypoint.base.domain.LocalizedText;

/**
 * Published when a person does something their study groups may see (a topic done, a problem solved, a milestone
 * reached, a group joined). Features publish it without knowing who listens.
 */
public record ActivityHappened(long accountId, ActivityKind kind, LocalizedText subject, Long groupId) {

    public static ActivityHappened of(long accountId, ActivityKind kind, String subject) {
        return new ActivityHappened(accountId, kind, new LocalizedText(subject, subject), null);
    }
}
