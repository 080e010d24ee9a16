package app.waypoint.interview.service;

import app.waypoint.interview.domain.MockInterviewKind;

import java.time.LocalDate;
import java.util.List;

/**
 * What the mock-interview form sends; follow-ups are one per entry. {@code pairingId} names the study-group pairing
 * the interview was held in, or is null.
 */
public record MockInterviewDraft(LocalDate heldOn, MockInterviewKind kind, String partner, String questions,
                                 Integer selfRating, List<String> followUps, Long pairingId) {

    public MockInterviewDraft(LocalDate heldOn, MockInterviewKind kind, String partner, String questions,
                              Integer selfRating, List<String> followUps) {
        this(heldOn, kind, partner, questions, selfRating, followUps, null);
    }
}
