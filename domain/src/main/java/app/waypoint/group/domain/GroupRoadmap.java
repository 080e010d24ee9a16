package app.waypoint.group.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** A roadmap a group follows together. */
@Entity
public class GroupRoadmap {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long groupId;

    private Long roadmapId;

    private Instant adoptedAt;

    protected GroupRoadmap() {
        // for JPA
    }

    public GroupRoadmap(long groupId, long roadmapId, Instant adoptedAt) {
        this.groupId = groupId;
        this.roadmapId = roadmapId;
        this.adoptedAt = adoptedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getGroupId() {
        return groupId;
    }

    public Long getRoadmapId() {
        return roadmapId;
    }
}
