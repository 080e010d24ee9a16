package app.waypoint.application.service;

import java.util.List;

/** The person's stages in order and their applications, most recently changed first. */
public record ApplicationBoard(List<StageView> stages, List<ApplicationCard> applications) {
}
