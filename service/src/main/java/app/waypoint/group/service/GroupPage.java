package app.waypoint.group.service;

import java.util.List;

/** What the group page opens with; {@code board} is null while the group has adopted no roadmap. */
public record GroupPage(GroupDetails details, GroupBoard board, List<PipelineRow> pipelines) {
}
