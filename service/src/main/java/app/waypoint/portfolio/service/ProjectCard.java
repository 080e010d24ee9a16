package app.waypoint.portfolio.service;

import app.waypoint.portfolio.domain.ProjectStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * A project as the list shows it: status, task progress, the next milestone (the earliest open one, overdue ones
 * first) and its skills; {@code groupName}
 * is the group a team project belongs to, {@code null} for a person's own project.
 */
public record ProjectCard(long id, String title, ProjectStatus status, int tasksDone, int tasksTotal,
                          String nextMilestone, LocalDate nextMilestoneDue, boolean nextMilestoneOverdue,
                          List<String> skillKeys, int componentsDone, String groupName) {
}
