package app.waypoint.group.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A person's membership of a group: their role and what they share with it. Progress and activity are shared
 * by default, notes are not.
 */
@Entity
public class GroupMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    private StudyGroup group;

    private Long accountId;

    @Enumerated(EnumType.STRING)
    private GroupRole role;

    private boolean shareProgress = true;

    private boolean shareActivity = true;

    private boolean shareNotes;

    private boolean sharePipeline;

    private Instant joinedAt;

    @Version
    private long version;

    protected GroupMember() {
        // for JPA
    }

    public GroupMember(StudyGroup group, long accountId, GroupRole role, Instant joinedAt) {
        this.group = group;
        this.accountId = accountId;
        this.role = role;
        this.joinedAt = joinedAt;
    }

    /** Makes a member an admin or an admin a member; the owner's role changes only by handing ownership over. */
    public void changeRole(GroupRole newRole) {
        if (role == GroupRole.OWNER || newRole == GroupRole.OWNER) {
            throw new IllegalStateException("Ownership changes only by transfer");
        }
        this.role = newRole;
    }

    /** Hands ownership from this member (the owner, who stays on as an admin) to {@code next}. */
    public void handOwnershipTo(GroupMember next) {
        if (role != GroupRole.OWNER || next == this) {
            throw new IllegalStateException("Only the owner hands ownership to someone else");
        }
        this.role = GroupRole.ADMIN;
        next.role = GroupRole.OWNER;
    }

    public void share(boolean progress, boolean activity, boolean notes) {
        this.shareProgress = progress;
        this.shareActivity = activity;
        this.shareNotes = notes;
    }

    public Long getId() {
        return id;
    }

    public StudyGroup getGroup() {
        return group;
    }

    public Long getAccountId() {
        return accountId;
    }

    public GroupRole getRole() {
        return role;
    }

    public boolean isShareProgress() {
        return shareProgress;
    }

    public boolean isShareActivity() {
        return shareActivity;
    }

    /** Whether the group sees the counts of the member's job applications (never the companies). */
    public boolean isSharePipeline() {
        return sharePipeline;
    }

    public void sharePipeline(boolean share) {
        this.sharePipeline = share;
    }

    public boolean isShareNotes() {
        return shareNotes;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public long getVersion() {
        return version;
    }
}
