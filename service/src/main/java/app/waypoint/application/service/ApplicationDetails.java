package app.waypoint.application.service;

import java.util.List;

/** One application with everything a person entered, where it stands, and its history, oldest first. */
public record ApplicationDetails(ApplicationCard card, ApplicationDraft draft, List<HistoryEntry> history) {
}
