package app.waypoint.interview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** Something to work on after a mock interview; it can become a question card once. */
@Entity
public class MockFollowUp {

    public static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "mock_interview_id")
    private MockInterview mockInterview;

    @Column(length = MAX_TEXT)
    private String text;

    private int position;

    private Long cardId;

    @Version
    private long version;

    protected MockFollowUp() {
        // for JPA
    }

    public MockFollowUp(MockInterview mockInterview, String text, int position) {
        this.mockInterview = mockInterview;
        this.text = text;
        this.position = position;
    }

    /** Remembers the card this follow-up became, so it is not turned into a second one. */
    public void becameCard(long cardId) {
        if (this.cardId != null) {
            throw new IllegalStateException("This follow-up is already a card");
        }
        this.cardId = cardId;
    }

    public Long getId() {
        return id;
    }

    public MockInterview getMockInterview() {
        return mockInterview;
    }

    public String getText() {
        return text;
    }

    public Long getCardId() {
        return cardId;
    }
}
