package app.waypoint.interview.service;

import app.waypoint.interview.domain.MockInterviewKind;

import java.time.LocalDate;
import java.util.List;

/** What the mock-interview form sends; follow-ups are one per entry. */
public record MockInterviewDraft(LocalDate heldOn, MockInterviewKind kind, String partner, String questions,
                                 Integer selfRating, List<String> followUps) {
}
