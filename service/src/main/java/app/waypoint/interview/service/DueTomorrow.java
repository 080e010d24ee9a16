package app.waypoint.interview.service;

/** What tomorrow's session holds, within the daily limits: cards to review (steps included) and new cards. */
public record DueTomorrow(int reviews, int newCards) {
}
