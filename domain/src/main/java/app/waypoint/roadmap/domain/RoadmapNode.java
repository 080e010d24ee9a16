package app.waypoint.roadmap.domain;

import app.waypoint.base.domain.LocalizedText;
import app.waypoint.skill.domain.Skill;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A stage, topic or sub-topic. Its key is stable for life: content updates find the node again by key,
 * so progress attached to its id survives any change of text, order or place.
 */
@Entity
public class RoadmapNode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    private Roadmap roadmap;

    @ManyToOne(fetch = FetchType.LAZY)
    private RoadmapNode parent;

    @Column(length = 80)
    private String key;

    @Enumerated(EnumType.STRING)
    private NodeKind kind;

    private int position;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ko", column = @Column(name = "title_ko")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en"))})
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ko", column = @Column(name = "description_ko")),
            @AttributeOverride(name = "en", column = @Column(name = "description_en"))})
    private LocalizedText description;

    private Integer minMonths;

    private Integer maxMonths;

    private boolean retired;

    @ElementCollection
    @CollectionTable(name = "roadmap_resource", joinColumns = @JoinColumn(name = "node_id"))
    @OrderColumn(name = "position")
    private List<LearningResource> resources = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "node_skill", joinColumns = @JoinColumn(name = "node_id"),
            inverseJoinColumns = @JoinColumn(name = "skill_id"))
    private Set<Skill> skills = new HashSet<>();

    @Version
    private long version;

    protected RoadmapNode() {
        // for JPA
    }

    public RoadmapNode(Roadmap roadmap, String key, NodeKind kind) {
        this.roadmap = roadmap;
        this.key = key;
        this.kind = kind;
    }

    /**
     * Moves the node to another level when content moves its key there (a topic grown into a stage, say);
     * what only the old level has is dropped.
     */
    public void changeKind(NodeKind newKind) {
        if (newKind == kind) {
            return;
        }
        if (newKind != NodeKind.STAGE) {
            minMonths = null;
            maxMonths = null;
        }
        if (newKind != NodeKind.TOPIC) {
            skills.clear();
            resources.clear();
        }
        kind = newKind;
    }

    /** Places the node in the outline; a node that comes back after being retired is active again. */
    public void place(RoadmapNode parent, int position) {
        this.parent = parent;
        this.position = position;
        this.retired = false;
    }

    public void describe(LocalizedText title, LocalizedText description) {
        this.title = title;
        this.description = description;
    }

    public void estimateMonths(Integer minMonths, Integer maxMonths) {
        this.minMonths = minMonths;
        this.maxMonths = maxMonths;
    }

    public void recommend(List<LearningResource> resources) {
        this.resources.clear();
        this.resources.addAll(resources);
    }

    public void buildsSkills(Set<Skill> skills) {
        this.skills.clear();
        this.skills.addAll(skills);
    }

    /** Hidden from the outline, kept for the progress people made on it. */
    public void retire() {
        this.retired = true;
    }

    public Long getId() {
        return id;
    }

    public Roadmap getRoadmap() {
        return roadmap;
    }

    public RoadmapNode getParent() {
        return parent;
    }

    public String getKey() {
        return key;
    }

    public NodeKind getKind() {
        return kind;
    }

    public int getPosition() {
        return position;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getDescription() {
        return description;
    }

    public Integer getMinMonths() {
        return minMonths;
    }

    public Integer getMaxMonths() {
        return maxMonths;
    }

    public long getVersion() {
        return version;
    }

    public boolean isRetired() {
        return retired;
    }

    public List<LearningResource> getResources() {
        return resources;
    }

    public Set<Skill> getSkills() {
        return skills;
    }
}
