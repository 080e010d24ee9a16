package app.waypoint.application.service;

import app.waypoint.application.domain.ApplicationOutcome;

import java.time.LocalDate;

/** An earlier application to the same company or posting, shown before applying again. */
public record EarlierApplication(long id, String company, String role, String stageName, ApplicationOutcome outcome,
                                 LocalDate appliedOn) {
}
