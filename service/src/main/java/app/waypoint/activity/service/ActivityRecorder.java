package app.waypoint.activity.service;

import app.waypoint.activity.domain.ActivityEvent;
import app.waypoint.activity.domain.ActivityEventRepository;
import app.waypoint.base.domain.LocalizedText;
import app.waypoint.base.service.ActivityHappened;
import app.waypoint.base.service.TextInput;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Keeps every {@link ActivityHappened} as an event row, in the same transaction as the change it reports, so a
 * feed never shows something that was rolled back.
 */
@Component
class ActivityRecorder {

    private static final int MAX_SUBJECT = 300;

    private final ActivityEventRepository events;
    private final Clock clock;

    ActivityRecorder(ActivityEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void record(ActivityHappened happened) {
        events.save(new ActivityEvent(happened.accountId(), happened.kind(),
                new LocalizedText(cut(happened.subject().ko()), cut(happened.subject().en())),
                happened.groupId(), clock.instant()));
    }

    private static String cut(String text) {
        return TextInput.length(text) <= MAX_SUBJECT ? text : TextInput.firstCodePoints(text, MAX_SUBJECT - 1) + "…";
    }
}
