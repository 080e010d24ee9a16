package app.waypoint.group.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** One member's answer to one session; each member changes only their own. */
@Entity
public class SessionRsvp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long sessionId;

    private Long accountId;

    @Enumerated(EnumType.STRING)
    private Rsvp answer;

    @Version
    private long version;

    protected SessionRsvp() {
        // for JPA
    }

    public SessionRsvp(long sessionId, long accountId, Rsvp answer) {
        this.sessionId = sessionId;
        this.accountId = accountId;
        this.answer = answer;
    }

    public void answer(Rsvp newAnswer) {
        this.answer = newAnswer;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Rsvp getAnswer() {
        return answer;
    }
}
