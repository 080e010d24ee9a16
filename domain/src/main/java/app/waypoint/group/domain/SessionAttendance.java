package app.waypoint.group.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A member's attendance at one session. */
@Entity
public class SessionAttendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long sessionId;

    private Long accountId;

    @Enumerated(EnumType.STRING)
    private Attendance status;

    @Version
    private long version;

    protected SessionAttendance() {
        // for JPA
    }

    public SessionAttendance(long sessionId, long accountId, Attendance status) {
        this.sessionId = sessionId;
        this.accountId = accountId;
        this.status = status;
    }

    public void mark(Attendance newStatus) {
        this.status = newStatus;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Attendance getStatus() {
        return status;
    }
}
