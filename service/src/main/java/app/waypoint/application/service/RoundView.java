package app.waypoint.application.service;

import app.waypoint.application.domain.RoundKind;

import java.time.LocalDateTime;
import java.util.List;

/** An interview round with its questions, each saying whether it became a question card. */
public record RoundView(long id, RoundKind kind, LocalDateTime heldAt, String interviewers, Integer selfRating,
                        String followUps, List<Question> questions, long version) {

    public record Question(long id, String text, boolean isCard) {
    }
}
