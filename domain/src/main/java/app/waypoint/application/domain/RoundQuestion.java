package app.waypoint.application.domain;

import app.waypoint.interview.domain.QuestionCard;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A question asked in an interview round; once it became a question card, the card's id. */
@Entity
public class RoundQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "round_id")
    private InterviewRound round;

    private int position;

    @Column(length = QuestionCard.MAX_QUESTION)
    private String text;

    private Long cardId;

    protected RoundQuestion() {
        // for JPA
    }

    public RoundQuestion(InterviewRound round, int position, String text, Long cardId) {
        this.round = round;
        this.position = position;
        this.text = text;
        this.cardId = cardId;
    }

    public void becameCard(long cardId) {
        this.cardId = cardId;
    }

    public Long getId() {
        return id;
    }

    public InterviewRound getRound() {
        return round;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public Long getCardId() {
        return cardId;
    }
}
