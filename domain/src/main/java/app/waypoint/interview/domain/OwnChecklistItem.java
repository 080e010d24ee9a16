package app.waypoint.interview.domain;

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

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "checklist_id")
    private OwnChecklist checklist;

    private String title;

    private boolean done;

    private String note;

    private LocalDate doneOn;

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

    public void tick(boolean done, String note, LocalDate today) {
        this.doneOn = done ? (this.done && doneOn != null ? doneOn : today) : null;
        this.done = done;
        this.note = note;
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

    public boolean isDone() {
        return done;
    }

    public String getNote() {
        return note;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public int getPosition() {
        return position;
    }
}
