package app.waypoint.interview.service;

import app.waypoint.interview.domain.MockInterviewKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A logged mock interview with its follow-ups, each knowing whether it already became a question card. One held in a
 * pairing ({@code fromPairing}) names the pairing's others as {@code partner} and carries the partners' feedback; a partner's interview names who logged it
 * ({@code loggedBy}, null for the person's own) and shows them no follow-ups, which are the owner's to work on.
 */
public record MockInterviewView(long id, LocalDate heldOn, MockInterviewKind kind, String partner, String questions,
                                int selfRating, List<FollowUp> followUps, String loggedBy, boolean fromPairing,
                                List<Feedback> feedback) {

    public boolean mine() {
        return loggedBy == null;
    }

    public Optional<Feedback> myFeedback() {
        return feedback.stream().filter(Feedback::mine).findFirst();
    }

    public record FollowUp(long id, String text, boolean isCard) {
    }

    /** One person's feedback; {@code version} is what a rewrite of one's own sends back. */
    public record Feedback(String author, boolean mine, String text, long version) {
    }
}
