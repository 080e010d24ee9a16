package app.waypoint.today.service;

import app.waypoint.activity.service.StreakView;
import app.waypoint.application.service.ApplicationReminder;
import app.waypoint.group.service.UpcomingSession;
import app.waypoint.interview.service.ProblemView;
import app.waypoint.roadmap.service.RoadmapStanding;

import java.util.List;

/**
 * What is due today and soon: cards left to review today and about how long they take, problems due for a
 * re-solve (the first few of {@code problemsDueCount}), the topic in progress (null when none), dates in the
 * next days, job applications to follow up or silent too long, each group's next session, and the streak.
 */
public record DueSoon(int cardsDue, int cardMinutes, List<ProblemView> problemsDue, int problemsDueCount,
                      String roadmapKey, RoadmapStanding.NextTopic topicInProgress, List<Deadline> deadlines,
                      List<ApplicationReminder> applications, List<UpcomingSession> sessions, StreakView streak) {
}
