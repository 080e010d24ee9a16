package app.waypoint.group.service;

/**
 * How a member's job hunt goes, as the group may see it: counts only, never companies. {@code inRounds} are open
 * applications past the member's second stage (for the default stages: past 서류 통과); {@code offers} are in
 * their last stage.
 */
public record PipelineRow(long accountId, String displayName, int applications, int open, int inRounds, int offers) {
}
