package app.waypoint.activity.service;

import app.waypoint.activity.domain.ActivityEvent;
import app.waypoint.activity.domain.ActivityEventRepository;
import app.waypoint.base.domain.ActivityKind;
import app.waypoint.base.domain.LocalizedText;
import app.waypoint.base.service.ActivityHappened;
import app.waypoint.base.service.TopicReopened;
import app.waypoint.base.service.TextInput;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Keeps every {@link ActivityHappened} as an event row, in the same transaction as the change it reports, so a
 * feed never shows something that was rolled back. A topic is reported finished once per person; reopening it
 * withdraws that report.
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
        if (happened.kind() == ActivityKind.TOPIC_DONE
                && events.existsTopicDone(happened.accountId(), happened.topicId())) {
            return;
        }
        events.save(new ActivityEvent(happened.accountId(), happened.kind(),
                new LocalizedText(cut(happened.subject().ko()), cut(happened.subject().en())),
                happened.groupId(), happened.roadmapId(), happened.topicId(), clock.instant()));
    }

    @EventListener
    void withdraw(TopicReopened reopened) {
        events.deleteTopicDone(reopened.accountId(), reopened.topicId());
    }

    private static String cut(String text) {
        return TextInput.length(text) <= MAX_SUBJECT ? text : TextInput.firstCodePoints(text, MAX_SUBJECT - 1) + "…";
    }
}
