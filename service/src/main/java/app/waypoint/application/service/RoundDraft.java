package app.waypoint.application.service;

import app.waypoint.application.domain.RoundKind;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An interview round as a form edits it; {@code heldAt} is in the person's time zone, {@code questions} one per
 * entry (blank ones are dropped), {@code selfRating} 1 to 5 or null.
 */
public record RoundDraft(RoundKind kind, LocalDateTime heldAt, String interviewers, List<String> questions,
                         Integer selfRating, String followUps) {
}
