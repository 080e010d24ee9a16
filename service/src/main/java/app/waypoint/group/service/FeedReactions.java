package app.waypoint.group.service;

import app.waypoint.account.service.CurrentUser;
import app.waypoint.group.domain.FeedReactionRepository;
import app.waypoint.group.domain.Reaction;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The reactions on feed items in one group, counted in one statement for a whole page of the feed. */
@Component
class FeedReactions {

    private final FeedReactionRepository reactions;
    private final CurrentUser currentUser;

    FeedReactions(FeedReactionRepository reactions, CurrentUser currentUser) {
        this.reactions = reactions;
        this.currentUser = currentUser;
    }

    /** By event id: the reactions given, in the fixed order of {@link Reaction}. */
    Map<Long, List<FeedPage.Reactions>> of(long groupId, Collection<Long> eventIds) {
        Map<Long, List<FeedPage.Reactions>> byEvent = new HashMap<>();
        for (Object[] row : reactions.countFor(groupId, eventIds, currentUser.id())) {
            byEvent.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(new FeedPage.Reactions(
                    (Reaction) row[1], ((Number) row[2]).intValue(), ((Number) row[3]).intValue() == 1));
        }
        return byEvent.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue()
                .stream().sorted(Comparator.comparing(FeedPage.Reactions::reaction)).toList()));
    }
}
