package app.waypoint.base.service;

/**
 * Published when a person takes a finished topic back (to do, learning or skipped): the "finished" they
 * reported is withdrawn from feeds and streaks, so toggling a topic never reports it twice.
 */
public record TopicReopened(long accountId, long topicId) {
}
