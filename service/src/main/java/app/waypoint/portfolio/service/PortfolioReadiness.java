package app.waypoint.portfolio.service;

import java.util.List;

/**
 * How close the portfolio is to what the guide asks: two or three finished projects that together cover
 * every component of the checklist.
 */
public record PortfolioReadiness(int finishedProjects, int projectsWanted, List<String> coveredComponents,
                                 List<String> missingComponents) {

    public boolean isReady() {
        return finishedProjects >= projectsWanted && missingComponents.isEmpty();
    }
}
