package app.waypoint.today.service;

import app.waypoint.account.service.AccountProfile;
import app.waypoint.interview.service.BankStanding;
import app.waypoint.interview.service.PracticeStanding;
import app.waypoint.interview.service.ProblemStanding;
import app.waypoint.portfolio.service.PortfolioStanding;
import app.waypoint.roadmap.service.RoadmapStanding;

/** What readiness and the next steps are computed from: each feature's summary of the person. */
record Standings(AccountProfile profile, RoadmapStanding roadmap, BankStanding bank, ProblemStanding problems,
                 PortfolioStanding portfolio, PracticeStanding practice) {
}
