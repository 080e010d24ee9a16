package app.waypoint.today.service;

import app.waypoint.account.service.AccountProfile;
import app.waypoint.activity.service.ActivityStanding;
import app.waypoint.roadmap.service.RoadmapStanding;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything the home page shows, read in one go: who, their today, readiness with its parts, the next steps,
 * what is due, the pace, the activity of the last year, and which first steps are still open.
 */
public record Today(AccountProfile profile, LocalDate today, Readiness readiness, List<NextAction> actions,
                    DueSoon due, Pace pace, ActivityStanding activity, RoadmapStanding roadmap,
                    Set<ActionKind> openFirstSteps) {
}
