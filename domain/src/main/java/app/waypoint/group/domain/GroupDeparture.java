package app.waypoint.group.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * Someone who left a group or was removed from it, with the sharing choices they had. A removed person may not
 * join again through any invite until an owner or admin allows them back; whoever comes back finds their
 * sharing choices as they left them.
 */
@Entity
public class GroupDeparture {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long groupId;

    private Long accountId;

    private boolean removed;

    private boolean shareProgress;

    private boolean shareActivity;

    private boolean shareNotes;

    private boolean sharePipeline;

    private Instant departedAt;

    @Version
    private long version;

    protected GroupDeparture() {
        // for JPA
    }

    public GroupDeparture(long groupId, long accountId) {
        this.groupId = groupId;
        this.accountId = accountId;
    }

    /** Records that the member left ({@code removed} false) or was removed, keeping what they shared. */
    public void record(GroupMember member, boolean removed, Instant now) {
        this.removed = removed;
        this.shareProgress = member.isShareProgress();
        this.shareActivity = member.isShareActivity();
        this.shareNotes = member.isShareNotes();
        this.sharePipeline = member.isSharePipeline();
        this.departedAt = now;
    }

    /** Lifts a removal: the person may join again through an invite. */
    public void allowBack() {
        this.removed = false;
    }

    /** Gives a returning member the sharing choices they had when they went. */
    public void restoreSharing(GroupMember returning) {
        returning.share(shareProgress, shareActivity, shareNotes);
        returning.sharePipeline(sharePipeline);
    }

    public Long getGroupId() {
        return groupId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public boolean isRemoved() {
        return removed;
    }

    public Instant getDepartedAt() {
        return departedAt;
    }
}
