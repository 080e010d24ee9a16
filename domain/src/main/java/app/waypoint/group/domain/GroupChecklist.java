package app.waypoint.group.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** A built-in interview checklist a group works through; each member ticks their own copy. */
@Entity
public class GroupChecklist {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long groupId;

    @Column(length = 60)
    private String checklistKey;

    private Instant assignedAt;

    protected GroupChecklist() {
        // for JPA
    }

    public GroupChecklist(long groupId, String checklistKey, Instant now) {
        this.groupId = groupId;
        this.checklistKey = checklistKey;
        this.assignedAt = now;
    }

    public String getChecklistKey() {
        return checklistKey;
    }
}
