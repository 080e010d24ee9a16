package app.waypoint.skill.domain;

import app.waypoint.base.domain.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Something employers ask for (Python, PyTorch, Docker, …), with how often job postings ask for it. */
@Entity
public class Skill {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 60)
    private String key;

    private String category;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ko", column = @Column(name = "name_ko")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private LocalizedText name;

    /** Share of AI backend job postings asking for it, in percent; null where no figure is known. */
    private Integer demand;

    private int position;

    private boolean retired;

    protected Skill() {
        // for JPA
    }

    public Skill(String key) {
        this.key = key;
    }

    /** Takes the texts and figures of a content version; a skill that comes back is no longer retired. */
    public void describe(String category, LocalizedText name, Integer demand, int position) {
        this.category = category;
        this.name = name;
        this.demand = demand;
        this.position = position;
        this.retired = false;
    }

    public void retire() {
        this.retired = true;
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public String getCategory() {
        return category;
    }

    public LocalizedText getName() {
        return name;
    }

    public Integer getDemand() {
        return demand;
    }

    public int getPosition() {
        return position;
    }

    public boolean isRetired() {
        return retired;
    }
}
