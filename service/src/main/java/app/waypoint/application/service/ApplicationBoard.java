package app.waypoint.application.service;

import java.time.LocalDate;
import java.util.List;

/** The person's stages in order, their applications (most recently changed first), and their today. */
public record ApplicationBoard(List<StageView> stages, List<ApplicationCard> applications, LocalDate today) {
}
