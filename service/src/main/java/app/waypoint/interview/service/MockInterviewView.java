package app.waypoint.interview.service;

import app.waypoint.interview.domain.MockInterviewKind;

import java.time.LocalDate;
import java.util.List;

/** A logged mock interview with its follow-ups, each knowing whether it already became a question card. */
public record MockInterviewView(long id, LocalDate heldOn, MockInterviewKind kind, String partner, String questions,
                                int selfRating, List<FollowUp> followUps) {

    public record FollowUp(long id, String text, boolean isCard) {
    }
}
