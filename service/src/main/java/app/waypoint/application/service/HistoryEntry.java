package app.waypoint.application.service;

import app.waypoint.application.domain.ApplicationOutcome;

import java.time.Instant;

/** One change in an application's history: when, the stage as it was named then, and the outcome. */
public record HistoryEntry(Instant at, String stageName, ApplicationOutcome outcome) {
}
