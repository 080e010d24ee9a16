package app.waypoint.group.service;

import app.waypoint.base.domain.LocalizedText;
import app.waypoint.roadmap.domain.ProgressStatus;

import java.util.List;

/**
 * What one member shows the group of an adopted roadmap. Each topic's status is there only if they share their
 * progress (or are the reader), its notes only if they share their notes; while they keep their progress private,
 * only topics with shared notes are listed.
 */
public record GroupMemberShare(long accountId, String displayName, boolean me, boolean sharesProgress,
                               boolean sharesNotes, LocalizedText roadmapTitle, List<Stage> stages) {

    public record Stage(LocalizedText title, List<Topic> topics) {
    }

    /** {@code status} is null while the progress is private, {@code notesHtml} (sanitised) when there are none. */
    public record Topic(LocalizedText title, ProgressStatus status, String notesHtml) {
    }
}
