package app.waypoint.group.service;

import app.waypoint.group.domain.Attendance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A group's sessions, newest first, with who came, and each member's attendance rate. */
public record SessionsOverview(List<Session> sessions, List<Rate> rates) {

    public record Session(long id, LocalDate heldOn, String topic, Map<Long, Attendance> attendance) {
    }

    /** Present out of sessions marked present or absent; excused ones do not count. */
    public record Rate(long accountId, String displayName, int present, int counted) {

        public int percent() {
            return counted == 0 ? 0 : 100 * present / counted;
        }
    }
}
