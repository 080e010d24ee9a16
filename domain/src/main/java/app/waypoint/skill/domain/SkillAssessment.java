package app.waypoint.skill.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Version;

import java.time.Instant;

/** How good a person thinks they are at a skill, from 0 (not at all) to 5 (could teach it). */
@Entity
public class SkillAssessment {

    public static final int MAX_LEVEL = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long accountId;

    private Long skillId;

    private int level;

    private Instant updatedAt;

    @Version
    private long version;

    protected SkillAssessment() {
        // for JPA
    }

    public SkillAssessment(long accountId, long skillId) {
        this.accountId = accountId;
        this.skillId = skillId;
    }

    public void assess(int level, Instant now) {
        if (level < 0 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("A level is between 0 and " + MAX_LEVEL + ": " + level);
        }
        this.level = level;
        this.updatedAt = now;
    }

    public Long getSkillId() {
        return skillId;
    }

    public int getLevel() {
        return level;
    }
}
