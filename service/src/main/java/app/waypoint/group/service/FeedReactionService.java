package app.waypoint.group.service;

import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.group.domain.FeedReaction;
import app.waypoint.group.domain.FeedReactionRepository;
import app.waypoint.group.domain.GroupMemberRepository;
import app.waypoint.group.domain.Reaction;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Members cheering each other on: a reaction from a small fixed set on an item of the group's feed, given or taken
 * back with one tap. Only what the member's group shows them can be reacted to; for anything else, "not found".
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class FeedReactionService {

    private final GroupAccess access;
    private final GroupMemberRepository members;
    private final FeedReactionRepository reactions;
    private final FeedReactions counts;
    private final CurrentUser currentUser;
    private final Clock clock;

    FeedReactionService(GroupAccess access, GroupMemberRepository members, FeedReactionRepository reactions,
                        FeedReactions counts, CurrentUser currentUser, Clock clock) {
        this.access = access;
        this.members = members;
        this.reactions = reactions;
        this.counts = counts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Gives the reaction, or takes it back if given already; returns the item's reactions as they are now. */
    public List<FeedPage.Reactions> toggle(long groupId, long eventId, Reaction reaction) {
        access.member(groupId);
        if (!members.isInFeed(groupId, eventId)) {
            throw new NotFoundException("feed item " + eventId);
        }
        FeedReaction.Key key = new FeedReaction.Key(groupId, eventId, currentUser.id(), reaction);
        if (reactions.existsById(key)) {
            reactions.deleteById(key);
        } else {
            reactions.save(new FeedReaction(key, clock.instant()));
        }
        reactions.flush();
        return counts.of(groupId, Set.of(eventId)).getOrDefault(eventId, List.of());
    }
}
