package app.waypoint.base.service;

import java.util.List;
import java.util.Map;

/**
 * A study group's team projects, as the group's page lists them and deleting the group needs them: what goes with
 * the group, and handing one to a member as their personal project first. The portfolio feature provides it, so groups need not depend on the
 * portfolio. Who may do this is for the caller to check.
 */
public interface TeamProjects {

    /** The titles of the group's team projects by id, oldest first. */
    Map<Long, String> titles(long groupId);

    /** The group's team projects with their status and tasks, oldest first, in two statements. */
    List<TeamProjectLine> lines(long groupId);

    /** Makes one of the group's team projects the personal project of {@code accountId}. */
    void handOver(long groupId, long projectId, long accountId);
}
