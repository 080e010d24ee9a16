package app.waypoint.interview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** A STAR story (situation, task, action, result), optionally backed by a portfolio project. */
@Entity
public class StarStory {

    public static final int MAX_PART = 4000;
    public static final int MAX_TITLE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long ownerId;

    @Column(length = MAX_TITLE)
    private String title;

    @Column(length = MAX_PART)
    private String situation;

    @Column(length = MAX_PART)
    private String task;

    @Column(length = MAX_PART)
    private String action;

    @Column(length = MAX_PART)
    private String result;

    private Long projectId;

    @Convert(converter = CompetencySetConverter.class)
    @Column(name = "competencies")
    private Set<Competency> competencies = EnumSet.noneOf(Competency.class);

    private Instant createdAt;

    @Version
    private long version;

    protected StarStory() {
        // for JPA
    }

    public StarStory(long ownerId, Instant now) {
        this.ownerId = ownerId;
        this.createdAt = now;
    }

    /** Replaces the story's text, evidence and competencies in one step, as the story form saves them. */
    public void write(String title, String situation, String task, String action, String result, Long projectId,
                      Set<Competency> competencies) {
        this.title = title;
        this.situation = situation;
        this.task = task;
        this.action = action;
        this.result = result;
        this.projectId = projectId;
        this.competencies = competencies.isEmpty() ? EnumSet.noneOf(Competency.class) : EnumSet.copyOf(competencies);
    }

    public Long getId() {
        return id;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public String getTitle() {
        return title;
    }

    public String getSituation() {
        return situation;
    }

    public String getTask() {
        return task;
    }

    public String getAction() {
        return action;
    }

    public String getResult() {
        return result;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Set<Competency> getCompetencies() {
        return Collections.unmodifiableSet(competencies);
    }

    public long getVersion() {
        return version;
    }
}
