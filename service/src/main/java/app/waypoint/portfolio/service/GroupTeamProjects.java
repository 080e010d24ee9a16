package app.waypoint.portfolio.service;

import app.waypoint.base.service.NotFoundException;
import app.waypoint.base.service.TeamProjectLine;
import app.waypoint.base.service.TeamProjects;
import app.waypoint.portfolio.domain.Project;
import app.waypoint.portfolio.domain.ProjectRepository;
import app.waypoint.portfolio.domain.ProjectTaskRepository;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Offers a group's team projects to the group feature, for deleting a group without losing them unasked. */
@Component
class GroupTeamProjects implements TeamProjects {

    private final ProjectRepository projects;
    private final ProjectTaskRepository tasks;
    private final Clock clock;

    GroupTeamProjects(ProjectRepository projects, ProjectTaskRepository tasks, Clock clock) {
        this.projects = projects;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public Map<Long, String> titles(long groupId) {
        Map<Long, String> titles = new LinkedHashMap<>();
        projects.findByGroupIdOrderByCreatedAtAscIdAsc(groupId).forEach(p -> titles.put(p.getId(), p.getTitle()));
        return titles;
    }

    @Override
    public List<TeamProjectLine> lines(long groupId) {
        Map<Long, int[]> counts = new HashMap<>();
        for (Object[] row : tasks.countByGroup(groupId)) {
            counts.put((Long) row[0], new int[] {((Number) row[1]).intValue(), ((Number) row[2]).intValue()});
        }
        return projects.findByGroupIdOrderByCreatedAtAscIdAsc(groupId).stream().map(project -> {
            int[] done = counts.getOrDefault(project.getId(), new int[2]);
            return new TeamProjectLine(project.getId(), project.getTitle(), project.getStatus().name(), done[0], done[1]);
        }).toList();
    }

    @Override
    public void handOver(long groupId, long projectId, long accountId) {
        Project project = projects.findById(projectId).filter(p -> Objects.equals(p.getGroupId(), groupId))
                .orElseThrow(() -> new NotFoundException("team project " + projectId));
        tasks.unassignAll(projectId);
        project.handOverTo(accountId, clock.instant());
    }
}
