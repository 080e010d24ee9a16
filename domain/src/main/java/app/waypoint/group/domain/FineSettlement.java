package app.waypoint.group.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** Fines a member paid, as the owner or an admin recorded it; never edited, a mistake is not undone by editing. */
@Entity
public class FineSettlement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long groupId;

    private Long accountId;

    private int amountWon;

    private Instant settledAt;

    private Long settledBy;

    protected FineSettlement() {
        // for JPA
    }

    public FineSettlement(long groupId, long accountId, int amountWon, long settledBy, Instant now) {
        if (amountWon <= 0) {
            throw new IllegalArgumentException("A settlement pays something");
        }
        this.groupId = groupId;
        this.accountId = accountId;
        this.amountWon = amountWon;
        this.settledBy = settledBy;
        this.settledAt = now;
    }

    public Long getAccountId() {
        return accountId;
    }

    public int getAmountWon() {
        return amountWon;
    }
}
