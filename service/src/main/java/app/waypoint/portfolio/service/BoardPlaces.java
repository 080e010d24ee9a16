package app.waypoint.portfolio.service;

import app.waypoint.portfolio.domain.TaskStatus;

import java.util.List;
import java.util.Map;

/**
 * A board as a move left it: each column's tasks in their order, each with its version now. A screen that knows the
 * same tasks in the same versions needs to show only the card that moved; any other difference is someone else's
 * change, and the board is best shown anew.
 */
public record BoardPlaces(Map<TaskStatus, List<Place>> columns) {

    public BoardPlaces {
        columns = Map.copyOf(columns);
    }

    public record Place(long taskId, long version) {
    }

    public List<Place> column(TaskStatus status) {
        return columns.getOrDefault(status, List.of());
    }
}
