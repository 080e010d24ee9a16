package app.waypoint.roadmap.service;

import app.waypoint.roadmap.domain.EvidenceLink;
import app.waypoint.roadmap.domain.ProgressStatus;

import java.time.Instant;
import java.util.List;

/**
 * One person's state on one node. {@code notesHtml} is the Markdown notes rendered and cleaned, safe to
 * show; {@code version} is -1 while nothing has been saved for the node.
 */
public record NodeState(ProgressStatus status, Instant startedAt, Instant doneAt, String notes, String notesHtml,
                        List<EvidenceLink> evidence, long version) {

    public static final NodeState UNTOUCHED =
            new NodeState(ProgressStatus.NOT_STARTED, null, null, null, "", List.of(), -1);

    public boolean isOpen() {
        return status == ProgressStatus.NOT_STARTED || status == ProgressStatus.IN_PROGRESS;
    }
}
