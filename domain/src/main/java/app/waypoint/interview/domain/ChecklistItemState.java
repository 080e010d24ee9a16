package app.waypoint.interview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.LocalDate;

/** A person's tick, note and date on one item of a built-in checklist. */
@Entity
public class ChecklistItemState {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long ownerId;

    @Column(length = 60)
    private String checklistKey;

    @Column(length = 60)
    private String itemKey;

    @Embedded
    private ItemTick tick = ItemTick.NONE;

    @Version
    private long version;

    protected ChecklistItemState() {
        // for JPA
    }

    public ChecklistItemState(long ownerId, String checklistKey, String itemKey) {
        this.ownerId = ownerId;
        this.checklistKey = checklistKey;
        this.itemKey = itemKey;
    }

    /** Ticks or unticks the item; the date is the day it was first ticked, kept while it stays ticked. */
    public void tick(boolean done, String note, LocalDate today) {
        this.tick = tick.next(done, note, today);
    }

    public String getChecklistKey() {
        return checklistKey;
    }

    public String getItemKey() {
        return itemKey;
    }

    public ItemTick getTick() {
        return tick;
    }
}
