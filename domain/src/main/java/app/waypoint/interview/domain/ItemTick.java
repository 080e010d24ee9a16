package app.waypoint.interview.domain;

import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** Whether a checklist item is done, a note on it, and the day it was first ticked. */
@Embeddable
public record ItemTick(boolean done, String note, LocalDate doneOn) {

    public static final int MAX_NOTE = 2000;

    public static final ItemTick NONE = new ItemTick(false, null, null);

    /** The tick after (un)ticking today: the date stays the first day while the item stays done. */
    public ItemTick next(boolean nowDone, String newNote, LocalDate today) {
        LocalDate day = nowDone ? (done && doneOn != null ? doneOn : today) : null;
        return new ItemTick(nowDone, newNote, day);
    }
}
