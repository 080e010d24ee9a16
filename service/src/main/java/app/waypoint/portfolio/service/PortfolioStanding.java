package app.waypoint.portfolio.service;

import java.time.LocalDate;
import java.util.List;

/** The portfolio at a glance: readiness, the number of projects, and the open milestones due soon. */
public record PortfolioStanding(PortfolioReadiness readiness, int projects, List<MilestoneDue> milestonesDue) {

    public record MilestoneDue(long projectId, String projectTitle, String title, LocalDate dueDate) {
    }
}
