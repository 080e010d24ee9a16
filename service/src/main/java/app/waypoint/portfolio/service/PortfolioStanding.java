package app.waypoint.portfolio.service;

import app.waypoint.base.domain.LocalizedText;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The portfolio at a glance: readiness, the number of projects, the open milestones due soon, and the titles of
 * the checklist components by key.
 */
public record PortfolioStanding(PortfolioReadiness readiness, int projects, List<MilestoneDue> milestonesDue,
                                Map<String, LocalizedText> componentTitles) {

    public record MilestoneDue(long projectId, String projectTitle, String title, LocalDate dueDate) {
    }
}
