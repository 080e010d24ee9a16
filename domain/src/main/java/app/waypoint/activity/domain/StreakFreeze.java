package app.waypoint.activity.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.LocalDate;

/** A day a person spent a freeze on: missed, but not breaking their streak. */
@Entity
public class StreakFreeze {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long accountId;

    private LocalDate day;

    protected StreakFreeze() {
        // for JPA
    }

    public StreakFreeze(long accountId, LocalDate day) {
        this.accountId = accountId;
        this.day = day;
    }

    public Long getAccountId() {
        return accountId;
    }

    public LocalDate getDay() {
        return day;
    }
}
