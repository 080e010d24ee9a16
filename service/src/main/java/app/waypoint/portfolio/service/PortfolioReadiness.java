package app.waypoint.portfolio.service;

import java.util.List;

/**
 * How close the portfolio is to what the guide asks: two or three finished projects that cover every component of
 * the checklist. A project counts as finished when it is marked done with every component of its checklist ticked;
 * one marked done with components open does not, though the components it has ticked count as covered.
 */
public record PortfolioReadiness(int finishedProjects, int projectsWanted, List<String> coveredComponents,
                                 List<String> missingComponents) {

    public boolean isReady() {
        return finishedProjects >= projectsWanted && missingComponents.isEmpty();
    }
}
