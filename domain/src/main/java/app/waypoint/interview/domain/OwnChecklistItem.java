package app.waypoint.interview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import java.time.LocalDate;

/** An item of a person's own checklist. */
@Entity
public class OwnChecklistItem {

    public static final int MAX_TITLE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "checklist_id")
    private OwnChecklist checklist;

    @Column(length = MAX_TITLE)
    private String title;

    @Embedded
    private ItemTick tick = ItemTick.NONE;

    private int position;

    @Version
    private long version;

    protected OwnChecklistItem() {
        // for JPA
    }

    public OwnChecklistItem(OwnChecklist checklist, String title, int position) {
        this.checklist = checklist;
        this.title = title;
        this.position = position;
    }

    public void rename(String newTitle) {
        this.title = newTitle;
    }

    /** Ticks or unticks the item; the date is the day it was first ticked, kept while it stays ticked. */
    public void tick(boolean done, String note, LocalDate today) {
        this.tick = tick.next(done, note, today);
    }

    public Long getId() {
        return id;
    }

    public OwnChecklist getChecklist() {
        return checklist;
    }

    public String getTitle() {
        return title;
    }

    public ItemTick getTick() {
        return tick;
    }

    public int getPosition() {
        return position;
    }
}
