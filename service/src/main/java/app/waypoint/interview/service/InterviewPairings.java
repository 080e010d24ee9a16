package app.waypoint.interview.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The mock-interview pairings the signed-in person is in, as far as the interview log needs them. Study groups
 * draw the pairings and provide this, so the log shows a partner's interview without knowing about groups.
 */
public interface InterviewPairings {

    /** The names of the person's partners in a pairing, or empty when they are not in it, or no longer in its group. */
    Optional<List<String>> partnersOf(long pairingId);

    /** Every pairing the person was in, any week, in the groups they still belong to: its id and its people's ids. */
    Map<Long, List<Long>> myPairings();
}
