package app.waypoint.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** One entry of the security log; the table refuses changes, so the entity has no way to make one. */
@Entity
public class SecurityEvent {

    public static final int MAX_DETAIL = 200;
    public static final int MAX_ADDRESS = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    private SecurityEventKind kind;

    private Long accountId;

    @Column(length = MAX_ADDRESS)
    private String clientAddress;

    @Column(length = MAX_DETAIL)
    private String detail;

    protected SecurityEvent() {
        // for JPA
    }

    public SecurityEvent(Instant occurredAt, SecurityEventKind kind, Long accountId, String clientAddress,
                         String detail) {
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.accountId = accountId;
        this.clientAddress = cut(clientAddress, MAX_ADDRESS);
        this.detail = cut(detail, MAX_DETAIL);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public SecurityEventKind getKind() {
        return kind;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getDetail() {
        return detail;
    }
}
