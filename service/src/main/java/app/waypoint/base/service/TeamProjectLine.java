package app.waypoint.base.service;

/**
 * One team project as a group's page lists it: its title, its status by name (IDEA, PLANNED, IN_PROGRESS, DONE,
 * ARCHIVED) and how many of its tasks are done.
 */
public record TeamProjectLine(long id, String title, String status, int tasksDone, int tasks) {
}
