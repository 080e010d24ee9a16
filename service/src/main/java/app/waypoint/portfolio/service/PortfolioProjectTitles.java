package app.waypoint.portfolio.service;

import app.waypoint.base.service.ProjectTitles;
import org.springframework.stereotype.Component;

import java.util.Map;

/** Offers the person's project titles to features that link to projects. */
@Component
class PortfolioProjectTitles implements ProjectTitles {

    private final ProjectService projects;

    PortfolioProjectTitles(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public Map<Long, String> projectTitles() {
        return projects.projectTitles();
    }
}
