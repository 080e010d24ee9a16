package app.waypoint.application.domain;

import app.waypoint.base.domain.WebAddress;
import app.waypoint.skill.domain.Skill;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A job application: the posting, where it was found, the people involved, and how far it got. Its stage and
 * outcome change only through the guarded moves below, each of which returns the history entry to keep.
 */
@Entity
public class JobApplication {

    public static final int MAX_COMPANY = 120;
    public static final int MAX_ROLE = 120;
    public static final int MAX_LOCATION = 120;
    public static final int MAX_SALARY = 60;
    public static final int MAX_RESUME = 300;
    public static final int MAX_NOTES = 20_000;
    public static final int MAX_TAGS = 200;
    public static final int MAX_CONTACTS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long ownerId;

    @Column(length = MAX_COMPANY)
    private String company;

    @Column(length = MAX_ROLE)
    private String role;

    @Column(length = WebAddress.MAX_LENGTH)
    private String postingUrl;

    @Enumerated(EnumType.STRING)
    private CompanyType companyType;

    @Enumerated(EnumType.STRING)
    private ApplicationSource source;

    @Column(length = MAX_LOCATION)
    private String location;

    @Column(length = MAX_SALARY)
    private String salary;

    private LocalDate postingDeadline;

    private LocalDate appliedOn;

    private LocalDate followUpOn;

    @Column(length = MAX_RESUME)
    private String resumeVersion;

    private String notes;

    @Column(length = MAX_TAGS)
    private String tags;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "stage_id")
    private ApplicationStage stage;

    @Enumerated(EnumType.STRING)
    private ApplicationOutcome outcome = ApplicationOutcome.OPEN;

    private Instant changedAt;

    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "application_contact", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<ApplicationContact> contacts = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "application_skill", joinColumns = @JoinColumn(name = "application_id"),
            inverseJoinColumns = @JoinColumn(name = "skill_id"))
    private Set<Skill> skills = new HashSet<>();

    @Version
    private long version;

    protected JobApplication() {
        // for JPA
    }

    public JobApplication(long ownerId, String company, String role, ApplicationStage stage, Instant now) {
        this.ownerId = ownerId;
        this.company = company;
        this.role = role;
        this.stage = stage;
        this.changedAt = now;
        this.createdAt = now;
    }

    /** The first history entry, once the new application has its id. */
    public ApplicationChange started() {
        return new ApplicationChange(id, createdAt, stage, outcome);
    }

    /** Moves an open application to another stage; a closed one must be reopened first. */
    public ApplicationChange moveTo(ApplicationStage next, Instant now) {
        if (outcome.isClosed()) {
            throw new IllegalApplicationChangeException("application.move.closed");
        }
        if (next.getId().equals(stage.getId())) {
            throw new IllegalApplicationChangeException("application.move.same-stage");
        }
        stage = next;
        return changed(now);
    }

    /** Closes an open application as rejected, withdrawn or ghosted, where it stands. */
    public ApplicationChange close(ApplicationOutcome closed, Instant now) {
        if (!closed.isClosed()) {
            throw new IllegalArgumentException("Not a closing outcome: " + closed);
        }
        if (outcome.isClosed()) {
            throw new IllegalApplicationChangeException("application.close.closed");
        }
        outcome = closed;
        return changed(now);
    }

    /** Reopens a closed application on purpose, at the stage where it closed. */
    public ApplicationChange reopen(Instant now) {
        if (!outcome.isClosed()) {
            throw new IllegalApplicationChangeException("application.reopen.open");
        }
        outcome = ApplicationOutcome.OPEN;
        return changed(now);
    }

    /** Open, in a stage with a silence limit, and unchanged for longer than it. */
    public boolean isSilentOn(Instant now) {
        return !outcome.isClosed() && stage.getSilenceDays() != null
                && changedAt.plus(Duration.ofDays(stage.getSilenceDays())).isBefore(now);
    }

    public void describe(String company, String role, String postingUrl, CompanyType companyType,
                         ApplicationSource source, String location, String salary, LocalDate postingDeadline,
                         LocalDate appliedOn, LocalDate followUpOn, String resumeVersion, String notes,
                         String tags) {
        this.company = company;
        this.role = role;
        this.postingUrl = postingUrl;
        this.companyType = companyType;
        this.source = source;
        this.location = location;
        this.salary = salary;
        this.postingDeadline = postingDeadline;
        this.appliedOn = appliedOn;
        this.followUpOn = followUpOn;
        this.resumeVersion = resumeVersion;
        this.notes = notes;
        this.tags = tags;
    }

    public void replaceContacts(List<ApplicationContact> newContacts) {
        contacts.clear();
        contacts.addAll(newContacts);
    }

    public void replaceSkills(Collection<Skill> newSkills) {
        skills.clear();
        skills.addAll(newSkills);
    }

    private ApplicationChange changed(Instant now) {
        changedAt = now;
        return new ApplicationChange(id, now, stage, outcome);
    }

    public Long getId() {
        return id;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public String getCompany() {
        return company;
    }

    public String getRole() {
        return role;
    }

    public String getPostingUrl() {
        return postingUrl;
    }

    public CompanyType getCompanyType() {
        return companyType;
    }

    public ApplicationSource getSource() {
        return source;
    }

    public String getLocation() {
        return location;
    }

    public String getSalary() {
        return salary;
    }

    public LocalDate getPostingDeadline() {
        return postingDeadline;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public LocalDate getFollowUpOn() {
        return followUpOn;
    }

    public String getResumeVersion() {
        return resumeVersion;
    }

    public String getNotes() {
        return notes;
    }

    public String getTags() {
        return tags;
    }

    public ApplicationStage getStage() {
        return stage;
    }

    public ApplicationOutcome getOutcome() {
        return outcome;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<ApplicationContact> getContacts() {
        return List.copyOf(contacts);
    }

    public Set<Skill> getSkills() {
        return Set.copyOf(skills);
    }

    public long getVersion() {
        return version;
    }
}
