package app.waypoint.portfolio.domain;

import app.waypoint.base.domain.WebAddress;
import app.waypoint.skill.domain.Skill;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A portfolio project of one person, or of a study group whose members work on it together (a team project):
 * what it is, where it stands, its links, the component checklist and the skills it uses. Tasks, milestones
 * and results are entities of their own, each edited separately.
 */
@Entity
public class Project {

    public static final int MAX_SUMMARY = 2000;
    public static final int MAX_TITLE = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The person whose project it is; none for a team project, which belongs to the group alone. */
    private Long ownerId;

    private Long groupId;

    @Column(length = 60)
    private String templateKey;

    @Column(length = MAX_TITLE)
    private String title;

    @Column(length = MAX_SUMMARY)
    private String summary;

    @Enumerated(EnumType.STRING)
    private ProjectStatus status = ProjectStatus.IDEA;

    private LocalDate startDate;

    private LocalDate targetDate;

    @Column(length = WebAddress.MAX_LENGTH)
    private String repositoryUrl;

    @Column(length = WebAddress.MAX_LENGTH)
    private String demoUrl;

    @Column(length = WebAddress.MAX_LENGTH)
    private String writeupUrl;

    private Instant createdAt;

    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "project_component", joinColumns = @JoinColumn(name = "project_id"))
    private List<ComponentCheck> components = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "project_skill", joinColumns = @JoinColumn(name = "project_id"),
            inverseJoinColumns = @JoinColumn(name = "skill_id"))
    private Set<Skill> skills = new HashSet<>();

    @Version
    private long version;

    protected Project() {
        // for JPA
    }

    public Project(long ownerId, String templateKey, String title, Instant now) {
        this(ownerId, null, templateKey, title, now);
    }

    private Project(Long ownerId, Long groupId, String templateKey, String title, Instant now) {
        this.ownerId = ownerId;
        this.groupId = groupId;
        this.templateKey = templateKey;
        this.title = title;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A team project: the group's members, whoever they are at the time, work on it. */
    public static Project ofGroup(long groupId, String templateKey, String title, Instant now) {
        return new Project(null, groupId, templateKey, title, now);
    }

    /** Whether this is the person's own project; a team project is nobody's own. */
    public boolean isOwnedBy(long accountId) {
        return Objects.equals(ownerId, accountId);
    }

    public boolean isTeamProject() {
        return groupId != null;
    }

    /** A team project becomes one member's personal project, e.g. before its group is deleted. */
    public void handOverTo(long accountId, Instant now) {
        if (!isTeamProject()) {
            throw new IllegalStateException("Only a team project is handed over");
        }
        this.ownerId = accountId;
        this.groupId = null;
        this.updatedAt = now;
    }

    /** Moves to the next status if the rules allow it. */
    public void changeStatus(ProjectStatus newStatus, Instant now) {
        if (newStatus == status) {
            return;
        }
        if (!status.next().contains(newStatus)) {
            throw new IllegalStatusChangeException(status, newStatus);
        }
        status = newStatus;
        updatedAt = now;
    }

    /** Title, summary and dates; the target cannot come before the start. */
    public void describe(String title, String summary, LocalDate startDate, LocalDate targetDate, Instant now) {
        requireEditable();
        if (startDate != null && targetDate != null && targetDate.isBefore(startDate)) {
            throw new IllegalArgumentException("The target date comes before the start date");
        }
        this.title = title;
        this.summary = summary;
        this.startDate = startDate;
        this.targetDate = targetDate;
        this.updatedAt = now;
    }

    public void link(String repositoryUrl, String demoUrl, String writeupUrl, Instant now) {
        requireEditable();
        this.repositoryUrl = repositoryUrl;
        this.demoUrl = demoUrl;
        this.writeupUrl = writeupUrl;
        this.updatedAt = now;
    }

    /** Marks one checklist component done or not, with a note. */
    public void check(String componentKey, boolean done, String note, Instant now) {
        requireEditable();
        components.removeIf(check -> check.componentKey().equals(componentKey));
        components.add(new ComponentCheck(componentKey, done, note));
        updatedAt = now;
    }

    public void useSkills(Set<Skill> skills, Instant now) {
        requireEditable();
        this.skills.clear();
        this.skills.addAll(skills);
        this.updatedAt = now;
    }

    /**
     * The one guard of the rule "an archived project is read-only": the project's own changes call it, and so do
     * its tasks, milestones and results before they are added, changed or deleted. Only a status change (restoring
     * it as an idea) gets past an archived project.
     */
    public void requireEditable() {
        if (!status.isEditable()) {
            throw new ProjectArchivedException(id == null ? 0 : id);
        }
    }

    public Long getId() {
        return id;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public Long getGroupId() {
        return groupId;
    }

    public String getTemplateKey() {
        return templateKey;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public String getRepositoryUrl() {
        return repositoryUrl;
    }

    public String getDemoUrl() {
        return demoUrl;
    }

    public String getWriteupUrl() {
        return writeupUrl;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<ComponentCheck> getComponents() {
        return Collections.unmodifiableList(components);
    }

    public Set<Skill> getSkills() {
        return Collections.unmodifiableSet(skills);
    }

    public long getVersion() {
        return version;
    }
}
