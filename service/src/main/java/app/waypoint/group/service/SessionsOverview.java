package app.waypoint.group.service;

import app.waypoint.group.domain.Attendance;
import app.waypoint.group.domain.Rsvp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A group's sessions, newest first, with who answers and who came, each member's attendance rate, the weekly
 * schedule and the house rule with each member's tally, if the group has them.
 */
public record SessionsOverview(List<Session> sessions, List<Rate> rates, Optional<Schedule> schedule,
                               Optional<HouseRule> houseRule, List<Tally> tallies) {

    public SessionsOverview(List<Session> sessions, List<Rate> rates) {
        this(sessions, rates, Optional.empty(), Optional.empty(), List.of());
    }

    /**
     * One session; {@code upcoming} while members may still answer, {@code checkInOpen} while the caller may check
     * themselves in.
     */
    public record Session(long id, LocalDate heldOn, String topic, LocalTime startsAt, String place, String agenda,
                          long version, Map<Long, Attendance> attendance, Map<Long, Rsvp> answers, boolean upcoming,
                          boolean checkInOpen) {

        public long count(Rsvp answer) {
            return answers.values().stream().filter(answer::equals).count();
        }
    }

    /** Present out of sessions marked present or absent; excused ones do not count. */
    public record Rate(long accountId, String displayName, int present, int counted) {

        public int percent() {
            return counted == 0 ? 0 : 100 * present / counted;
        }
    }

    public record Schedule(DayOfWeek weekday, LocalTime startsAt, String place, String topic, long version) {
    }

    public record HouseRule(int allowedAbsences, int fineWon, long version) {
    }

    /** A member's unexcused absences this month, and the fines of every month less what they settled. */
    public record Tally(long accountId, String displayName, int absencesThisMonth, long fined, long settled) {

        public long owed() {
            return fined - settled;
        }
    }
}
