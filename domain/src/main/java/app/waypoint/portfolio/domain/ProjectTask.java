package app.waypoint.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreRemove;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLock;

import java.time.Instant;
import java.time.LocalDate;

/** A card on the project's kanban board. A change writes only what changed (a column numbered anew: the places). */
@Entity
@DynamicUpdate
public class ProjectTask {

    public static final int MAX_NOTES = 5000;
    public static final int MAX_TITLE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY)
    private ProjectMilestone milestone;

    @Column(length = MAX_TITLE)
    private String title;

    @Column(length = MAX_NOTES)
    private String notes;

    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private TaskStatus status = TaskStatus.TODO;

    /**
     * The card's place in its column, lowest first. Numbering a column anew around another card's move is no change
     * of this card: it keeps its version, so that nobody's open edit or move of it is refused for that. The card that
     * moves takes a new version all the same (the board's service sees to it).
     */
    @OptimisticLock(excluded = true)
    private int position;

    private Long assigneeId;

    private Instant updatedAt;

    @Version
    private long version;

    protected ProjectTask() {
        // for JPA
    }

    /** A new card; an archived project takes no new ones. */
    public ProjectTask(Project project, ProjectMilestone milestone, String title, int position, Instant now) {
        project.requireEditable();
        this.project = project;
        this.milestone = milestone;
        this.title = title;
        this.position = position;
        this.updatedAt = now;
    }

    /** Moves the card to a column and place; an archived project's board is frozen. */
    public void moveTo(TaskStatus newStatus, int newPosition, Instant now) {
        project.requireEditable();
        this.status = newStatus;
        this.position = newPosition;
        this.updatedAt = now;
    }

    /** Takes another place in its column, as the column is numbered anew; an archived project's board is frozen. */
    public void placeAt(int newPosition) {
        project.requireEditable();
        this.position = newPosition;
    }

    public void edit(String title, String notes, LocalDate dueDate, Instant now) {
        project.requireEditable();
        this.title = title;
        this.notes = notes;
        this.dueDate = dueDate;
        this.updatedAt = now;
    }

    /**
     * Gives the task to a member of the project's group, or to nobody ({@code null}); whether they are a member
     * is for the caller to know. A person's own project has nobody else to give tasks to.
     */
    public void assignTo(Long accountId, Instant now) {
        project.requireEditable();
        if (!project.isTeamProject()) {
            throw new IllegalStateException("Only a team project's tasks are assigned");
        }
        this.assigneeId = accountId;
        this.updatedAt = now;
    }

    /** However it is deleted, a card of an archived project stays: the project refuses first. */
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

    public ProjectMilestone getMilestone() {
        return milestone;
    }

    public String getTitle() {
        return title;
    }

    public String getNotes() {
        return notes;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public TaskStatus getStatus() {
        return status;
    }

    /** The place in its column; changing only it does not give the card a new version. */
    public int getPosition() {
        return position;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public long getVersion() {
        return version;
    }
}
