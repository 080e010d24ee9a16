package app.waypoint.application.service;

import app.waypoint.application.domain.RoundKind;
import app.waypoint.application.domain.RoundQuestionRepository;
import app.waypoint.interview.service.CardOrigin;
import app.waypoint.interview.service.CardOrigins;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/** Cards made from interview-round questions link back to their round on the application's page. */
@Component
class RoundCardOrigins implements CardOrigins {

    private final RoundQuestionRepository questions;

    RoundCardOrigins(RoundQuestionRepository questions) {
        this.questions = questions;
    }

    @Override
    public Map<Long, CardOrigin> originsOf(long accountId, ZoneId zone) {
        Map<Long, CardOrigin> origins = new HashMap<>();
        for (Object[] row : questions.findCardOrigins(accountId)) {
            origins.put((Long) row[0], new CardOrigin("applications/" + row[1] + "?round=" + row[2],
                    "round.kind." + ((RoundKind) row[3]).name(), ((Instant) row[4]).atZone(zone).toLocalDate()));
        }
        return origins;
    }
}
