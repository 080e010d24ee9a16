package app.waypoint.interview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;

/** One person's feedback on a mock interview held in a pairing: one per person and interview, rewritten in place. */
@Entity
public class MockFeedback {

    public static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long mockInterviewId;

    private Long authorId;

    @Column(length = MAX_TEXT)
    private String text;

    private Instant writtenAt;

    @Version
    private long version;

    protected MockFeedback() {
        // for JPA
    }

    public MockFeedback(long mockInterviewId, long authorId, String text, Instant now) {
        this.mockInterviewId = mockInterviewId;
        this.authorId = authorId;
        rewrite(text, now);
    }

    public void rewrite(String text, Instant now) {
        this.text = text;
        this.writtenAt = now;
    }

    public Long getMockInterviewId() {
        return mockInterviewId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getText() {
        return text;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public long getVersion() {
        return version;
    }
}
