package app.waypoint.interview.service;

import java.time.ZoneId;
import java.util.Map;

/**
 * The cards a person made elsewhere (a question asked in an interview round), by card id. The job-application
 * feature implements this, so the question bank can link back without depending on it.
 */
public interface CardOrigins {

    /** The origins of the person's cards that have one, dated in {@code zone}; one statement. */
    Map<Long, CardOrigin> originsOf(long accountId, ZoneId zone);
}
