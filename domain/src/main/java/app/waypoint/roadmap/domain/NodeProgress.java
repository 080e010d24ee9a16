package app.waypoint.roadmap.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One person's status, notes and evidence on one roadmap node. */
@Entity
public class NodeProgress {

    public static final int MAX_NOTES = 20_000;
    public static final int MAX_EVIDENCE_LINKS = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long accountId;

    @ManyToOne(fetch = FetchType.LAZY)
    private RoadmapNode node;

    @Enumerated(EnumType.STRING)
    private ProgressStatus status = ProgressStatus.NOT_STARTED;

    private Instant startedAt;

    private Instant doneAt;

    private Instant updatedAt;

    private String notes;

    @ElementCollection
    @CollectionTable(name = "evidence_link", joinColumns = @JoinColumn(name = "progress_id"))
    @OrderColumn(name = "position")
    private List<EvidenceLink> evidence = new ArrayList<>();

    @Version
    private long version;

    protected NodeProgress() {
        // for JPA
    }

    public NodeProgress(long accountId, RoadmapNode node, Instant now) {
        this.accountId = accountId;
        this.node = node;
        this.updatedAt = now;
    }

    /**
     * The same progress on another node, for a fork of the roadmap: status, its timestamps, notes and evidence.
     * It is a copy, not a new step, so its times stay those of the original.
     */
    public static NodeProgress copiedTo(RoadmapNode node, NodeProgress original) {
        NodeProgress copy = new NodeProgress(original.accountId, node, original.updatedAt);
        copy.status = original.status;
        copy.startedAt = original.startedAt;
        copy.doneAt = original.doneAt;
        copy.notes = original.notes;
        copy.evidence.addAll(original.evidence);
        return copy;
    }

    /**
     * Moves to a status in one step, keeping the timestamps honest: starting records when, finishing records
     * when (and a start, if there was none), going back to "not started" forgets both.
     */
    public void changeStatus(ProgressStatus newStatus, Instant now) {
        if (newStatus == status) {
            return;
        }
        switch (newStatus) {
            case NOT_STARTED -> {
                startedAt = null;
                doneAt = null;
            }
            case IN_PROGRESS -> {
                startedAt = startedAt == null ? now : startedAt;
                doneAt = null;
            }
            case DONE -> {
                startedAt = startedAt == null ? now : startedAt;
                doneAt = now;
            }
            case SKIPPED -> doneAt = null;
        }
        status = newStatus;
        updatedAt = now;
    }

    public void writeNotes(String notes, Instant now) {
        this.notes = notes == null || notes.isBlank() ? null : notes;
        this.updatedAt = now;
    }

    public void addEvidence(EvidenceLink link, Instant now) {
        if (evidence.size() >= MAX_EVIDENCE_LINKS) {
            throw new IllegalStateException("At most " + MAX_EVIDENCE_LINKS + " evidence links per topic");
        }
        evidence.add(link);
        updatedAt = now;
    }

    public void removeEvidence(String url, Instant now) {
        evidence.removeIf(link -> link.url().equals(url));
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public RoadmapNode getNode() {
        return node;
    }

    public ProgressStatus getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getNotes() {
        return notes;
    }

    public List<EvidenceLink> getEvidence() {
        return Collections.unmodifiableList(evidence);
    }

    public long getVersion() {
        return version;
    }
}
