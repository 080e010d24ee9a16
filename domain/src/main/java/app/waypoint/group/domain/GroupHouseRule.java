package app.waypoint.group.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A group's house rule, as Korean study groups keep one: so many absences a month are fine, each unexcused one
 * beyond costs a fine in won.
 */
@Entity
public class GroupHouseRule {

    public static final int MAX_ALLOWED_ABSENCES = 31;
    public static final int MAX_FINE_WON = 1_000_000;

    @Id
    private Long groupId;

    private int allowedAbsences;

    private int fineWon;

    @Version
    private long version;

    protected GroupHouseRule() {
        // for JPA
    }

    public GroupHouseRule(long groupId) {
        this.groupId = groupId;
    }

    public void change(int newAllowedAbsences, int newFineWon) {
        if (newAllowedAbsences < 0 || newAllowedAbsences > MAX_ALLOWED_ABSENCES || newFineWon < 0
                || newFineWon > MAX_FINE_WON) {
            throw new IllegalArgumentException("House rule out of range");
        }
        this.allowedAbsences = newAllowedAbsences;
        this.fineWon = newFineWon;
    }

    /** The fine for a month with {@code absences} unexcused absences. */
    public long fineFor(int absences) {
        return (long) Math.max(0, absences - allowedAbsences) * fineWon;
    }

    public Long getGroupId() {
        return groupId;
    }

    public int getAllowedAbsences() {
        return allowedAbsences;
    }

    public int getFineWon() {
        return fineWon;
    }

    public long getVersion() {
        return version;
    }
}
