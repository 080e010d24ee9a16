package app.waypoint.interview.domain;

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

    private String checklistKey;

    private String itemKey;

    private boolean done;

    private String note;

    private LocalDate doneOn;

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

    /** Ticks or unticks the item; the date is the day it was ticked, kept while it stays ticked. */
    public void tick(boolean done, String note, LocalDate today) {
        this.doneOn = done ? (this.done && doneOn != null ? doneOn : today) : null;
        this.done = done;
        this.note = note;
    }

    public String getChecklistKey() {
        return checklistKey;
    }

    public String getItemKey() {
        return itemKey;
    }

    public boolean isDone() {
        return done;
    }

    public String getNote() {
        return note;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }
}
