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

import java.math.BigDecimal;

/** A measured result, e.g. p95 latency 850 → 120 ms, where lower is better. */
@Entity
public class ProjectResult {

    public static final int MAX_UNIT = 30;
    public static final int MAX_METRIC = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    private Project project;

    @Column(length = MAX_METRIC)
    private String metric;

    @Column(name = "before_value")
    private BigDecimal before;

    @Column(name = "after_value")
    private BigDecimal after;

    @Column(length = MAX_UNIT)
    private String unit;

    @Enumerated(EnumType.STRING)
    private ResultDirection direction;

    private int position;

    @Version
    private long version;

    protected ProjectResult() {
        // for JPA
    }

    public ProjectResult(Project project, String metric, BigDecimal before, BigDecimal after, String unit,
                         ResultDirection direction, int position) {
        project.requireEditable();
        this.project = project;
        this.metric = metric;
        this.before = before;
        this.after = after;
        this.unit = unit;
        this.direction = direction;
        this.position = position;
    }

    /** Which way is better for this result, as the person says. */
    public void prefer(ResultDirection direction) {
        project.requireEditable();
        this.direction = direction;
    }

    /** However it is deleted, a result of an archived project stays: the project refuses first. */
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

    public String getMetric() {
        return metric;
    }

    public BigDecimal getBefore() {
        return before;
    }

    public BigDecimal getAfter() {
        return after;
    }

    public String getUnit() {
        return unit;
    }

    public ResultDirection getDirection() {
        return direction;
    }

    public int getPosition() {
        return position;
    }
}
