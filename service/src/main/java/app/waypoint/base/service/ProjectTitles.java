package app.waypoint.base.service;

import java.util.Map;

/**
 * The titles, by id, of the portfolio projects the current person may link to. The portfolio feature provides
 * it, so features that only link to projects (STAR stories) need not depend on the portfolio.
 */
public interface ProjectTitles {

    Map<Long, String> projectTitles();
}
