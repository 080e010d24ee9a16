package app.waypoint.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreRemove;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

/** A checkpoint with a due date; overdue when the date has passed and it is not done. */
@Entity
public class ProjectMilestone {

    public static final int MAX_TITLE = 200;

    /**
     * The order milestones are listed and looked for in: by due date, undated last, then in the order added. The
     * first open one is the next to reach, so an overdue milestone comes before the ones still ahead.
     */
    public static final Comparator<ProjectMilestone> BY_DUE_DATE = Comparator
            .comparing(ProjectMilestone::getDueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(ProjectMilestone::getPosition)
            .thenComparing(ProjectMilestone::getId, Comparator.nullsLast(Comparator.naturalOrder()));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    private Project project;

    @Column(length = MAX_TITLE)
    private String title;

    private LocalDate dueDate;

    private Instant doneAt;

    private int position;

    @Version
    private long version;

    protected ProjectMilestone() {
        // for JPA
    }

    /** A new milestone; an archived project takes no new ones. */
    public ProjectMilestone(Project project, String title, LocalDate dueDate, int position) {
        project.requireEditable();
        this.project = project;
        this.title = title;
        this.dueDate = dueDate;
        this.position = position;
    }

    public void change(String title, LocalDate dueDate) {
        project.requireEditable();
        this.title = title;
        this.dueDate = dueDate;
    }

    public void markDone(boolean done, Instant now) {
        project.requireEditable();
        this.doneAt = done ? (doneAt == null ? now : doneAt) : null;
    }

    public boolean isOverdueOn(LocalDate today) {
        return doneAt == null && dueDate != null && dueDate.isBefore(today);
    }

    /** However it is deleted, a milestone of an archived project stays: the project refuses first. */
    @PreRemove
    void refuseRemovalWhenArchived() {
        project.requireEditable();
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public int getPosition() {
        return position;
    }

    public long getVersion() {
        return version;
    }
}
