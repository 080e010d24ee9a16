package app.waypoint.roadmap.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.LocalDate;

/** When a person starts a roadmap and how many hours a week they give it. */
@Entity
public class RoadmapPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long accountId;

    private Long roadmapId;

    private LocalDate startDate;

    private int hoursPerWeek;

    @Version
    private long version;

    protected RoadmapPlan() {
        // for JPA
    }

    public RoadmapPlan(long accountId, long roadmapId) {
        this.accountId = accountId;
        this.roadmapId = roadmapId;
    }

    public void change(LocalDate startDate, int hoursPerWeek) {
        this.startDate = startDate;
        this.hoursPerWeek = hoursPerWeek;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public int getHoursPerWeek() {
        return hoursPerWeek;
    }

    public long getVersion() {
        return version;
    }
}
