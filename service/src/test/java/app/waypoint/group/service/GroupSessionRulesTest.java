package app.waypoint.group.service;

import app.waypoint.MutableClock;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.group.domain.Attendance;
import app.waypoint.group.domain.Rsvp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * A four-person group running its sessions the way Korean study groups do: a weekly schedule, answers, self
 * check-in, and a house rule with fines. Everyone here lives in Seoul, the default time zone.
 */
@SpringBootTest
class GroupSessionRulesTest {

    private static final LocalTime EIGHT_PM = LocalTime.of(20, 0);

    @Autowired GroupService groups;
    @Autowired SessionService sessions;
    @Autowired AccountFixtures accounts;
    @Autowired CurrentUser currentUser;
    @Autowired TestDatabase database;
    @Autowired MutableClock clock;

    private final List<Authentication> people = new ArrayList<>();
    private final List<Long> ids = new ArrayList<>();
    private long groupId;

    @BeforeEach
    void groupOfFour() {
        database.reset();
        clock.set(Instant.parse("2026-03-04T03:00:00Z")); // Wednesday 4 March, noon in Seoul
        people.clear();
        ids.clear();
        join("lead");
        groupId = groups.create("Study", null);
        String code = groups.details(groupId).invite().code();
        for (String name : List.of("b", "c", "d")) {
            join(name);
            groups.join(code);
        }
        as(0);
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    @Test
    void theScheduleSetsUpTheNextFourWeeksOnceAndAChangeLeavesThePastAlone() {
        sessions.setSchedule(groupId, DayOfWeek.WEDNESDAY, EIGHT_PM, "https://meet.example.com/rag", "RAG 스터디", null);
        assertThat(days()).containsExactly(LocalDate.of(2026, 3, 25), LocalDate.of(2026, 3, 18),
                LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 4));
        SessionsOverview.Session today = sessions.overview(groupId).sessions().get(3);
        assertThat(today.startsAt()).isEqualTo(EIGHT_PM);
        assertThat(today.place()).isEqualTo("https://meet.example.com/rag");
        assertThat(today.topic()).isEqualTo("RAG 스터디");

        as(2);
        assertThat(days()).as("reading again adds nothing").hasSize(4);
        as(0);
        long deleted = sessions.overview(groupId).sessions().get(1).id();
        sessions.deleteSession(groupId, deleted);
        assertThat(days()).as("a session deleted on purpose stays deleted").hasSize(3);

        clock.advance(Duration.ofDays(7));
        assertThat(days()).as("a week later one more week ahead").hasSize(4).contains(LocalDate.of(2026, 4, 1));

        long version = sessions.overview(groupId).schedule().orElseThrow().version();
        sessions.setSchedule(groupId, DayOfWeek.THURSDAY, LocalTime.of(19, 30), "강남역 스터디룸", "RAG", version);
        assertThat(days()).as("the past and today's sessions stay, the ones ahead move to Thursday")
                .containsExactly(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 3, 26), LocalDate.of(2026, 3, 19),
                        LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 4));
        assertThatThrownBy(() -> sessions.setSchedule(groupId, DayOfWeek.FRIDAY, EIGHT_PM, null, "RAG", version))
                .as("a second admin's stale form").isInstanceOf(ConcurrentEditException.class);

        sessions.removeSchedule(groupId, sessions.overview(groupId).schedule().orElseThrow().version());
        assertThat(days()).containsExactly(LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 4));
        assertThat(sessions.overview(groupId).schedule()).isEmpty();
    }

    @Test
    void aScheduleNeedsADayATimeATopicAndALinkThatIsAWebAddress() {
        assertThatThrownBy(() -> sessions.setSchedule(groupId, null, null, "javascript:alert(1)", " ", null))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey).containsExactly(
                                tuple("weekday", "schedule.weekday.required"),
                                tuple("startsAt", "session.time.required"),
                                tuple("topic", "session.topic.required"),
                                tuple("place", "session.place.bad-link")));
        sessions.setSchedule(groupId, DayOfWeek.MONDAY, EIGHT_PM, "2층: 회의실 B", "RAG", null);
        assertThat(sessions.overview(groupId).schedule().orElseThrow().place()).isEqualTo("2층: 회의실 B");
    }

    @Test
    void aSessionsDetailsAreEditedByOneAdminAtATime() {
        long session = sessions.addSession(groupId, LocalDate.of(2026, 3, 5), "벡터 DB");
        long version = sessions.overview(groupId).sessions().get(0).version();
        sessions.describeSession(groupId, session, "벡터 DB 비교", EIGHT_PM, "https://zoom.us/j/1",
                "1. 발표\n2. 토론", version);
        SessionsOverview.Session shown = sessions.overview(groupId).sessions().get(0);
        assertThat(shown.agenda()).isEqualTo("1. 발표\n2. 토론");
        assertThat(shown.startsAt()).isEqualTo(EIGHT_PM);
        assertThatThrownBy(() -> sessions.describeSession(groupId, session, "Other", null, null, null, version))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> sessions.describeSession(groupId, session, "T", null, "ftp://files", "가".repeat(2001),
                shown.version())).isInstanceOfSatisfying(InvalidInputException.class, invalid ->
                assertThat(invalid.problems()).extracting(FieldProblem::messageKey)
                        .containsExactly("session.place.bad-link", "session.agenda.too-long"));
    }

    @Test
    void eachMemberAnswersForThemselvesAndOnlyForSessionsAhead() {
        long past = sessions.addSession(groupId, LocalDate.of(2026, 3, 3), "지난 주");
        long ahead = sessions.addSession(groupId, LocalDate.of(2026, 3, 11), "다음 주");
        as(1);
        sessions.answer(groupId, ahead, Rsvp.GOING);
        as(2);
        sessions.answer(groupId, ahead, Rsvp.MAYBE);
        sessions.answer(groupId, ahead, Rsvp.NOT_GOING);
        as(3);
        sessions.answer(groupId, ahead, Rsvp.GOING);
        assertThatThrownBy(() -> sessions.answer(groupId, past, Rsvp.GOING))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid ->
                        assertThat(invalid.problems().get(0).messageKey()).isEqualTo("session.rsvp.past"));

        SessionsOverview.Session shown = sessions.overview(groupId).sessions().get(0);
        assertThat(shown.answers()).isEqualTo(Map.of(ids.get(1), Rsvp.GOING, ids.get(2), Rsvp.NOT_GOING,
                ids.get(3), Rsvp.GOING));
        assertThat(shown.count(Rsvp.GOING)).isEqualTo(2);
        assertThat(shown.upcoming()).isTrue();
        assertThat(sessions.overview(groupId).sessions().get(1).upcoming()).isFalse();
    }

    @Test
    void checkInIsOpenFromTheStartForThreeHoursAndTheRegisterStaysCorrectable() {
        sessions.setSchedule(groupId, DayOfWeek.WEDNESDAY, EIGHT_PM, null, "RAG", null);
        long tonight = sessions.overview(groupId).sessions().get(3).id();
        as(1);
        assertThat(sessions.overview(groupId).sessions().get(3).checkInOpen()).isFalse();
        assertThatThrownBy(() -> sessions.checkIn(groupId, tonight))
                .as("noon, before the 20:00 start").isInstanceOfSatisfying(InvalidInputException.class, invalid ->
                        assertThat(invalid.problems().get(0).messageKey()).isEqualTo("session.check-in.closed"));

        clock.set(Instant.parse("2026-03-04T11:00:00Z")); // 20:00 in Seoul
        assertThat(sessions.overview(groupId).sessions().get(3).checkInOpen()).isTrue();
        sessions.checkIn(groupId, tonight);
        as(2);
        clock.set(Instant.parse("2026-03-04T13:59:00Z")); // 22:59
        sessions.checkIn(groupId, tonight);
        clock.set(Instant.parse("2026-03-04T14:00:00Z")); // 23:00, three hours after the start
        as(3);
        assertThatThrownBy(() -> sessions.checkIn(groupId, tonight)).isInstanceOf(InvalidInputException.class);

        as(0);
        sessions.mark(groupId, tonight, ids.get(2), Attendance.EXCUSED);
        sessions.mark(groupId, tonight, ids.get(3), Attendance.ABSENT);
        assertThat(sessions.overview(groupId).sessions().get(3).attendance()).isEqualTo(Map.of(
                ids.get(1), Attendance.PRESENT, ids.get(2), Attendance.EXCUSED, ids.get(3), Attendance.ABSENT));
    }

    @Test
    void finesCountEachMonthOnItsOwnBeyondTheAllowedAbsencesLessWhatWasSettled() {
        sessions.setHouseRule(groupId, 1, 5000, null);
        List<LocalDate> february = List.of(LocalDate.of(2026, 2, 4), LocalDate.of(2026, 2, 11),
                LocalDate.of(2026, 2, 18), LocalDate.of(2026, 2, 25));
        List<LocalDate> march = List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3));
        long b = ids.get(1);
        long c = ids.get(2);
        for (LocalDate day : february) {
            long session = sessions.addSession(groupId, day, "Feb");
            sessions.mark(groupId, session, b, Attendance.ABSENT);       // 4 in February: 3 beyond the one allowed
            sessions.mark(groupId, session, c, day.getDayOfMonth() < 12 ? Attendance.ABSENT : Attendance.EXCUSED);
        }
        for (LocalDate day : march) {
            long session = sessions.addSession(groupId, day, "Mar");
            sessions.mark(groupId, session, b, Attendance.ABSENT);       // 2 in March: 1 beyond
            sessions.mark(groupId, session, c, Attendance.PRESENT);
        }
        assertThat(tally(b)).extracting(SessionsOverview.Tally::absencesThisMonth, SessionsOverview.Tally::fined,
                SessionsOverview.Tally::owed).containsExactly(2, 20_000L, 20_000L);
        assertThat(tally(c)).as("two unexcused in February, excused ones are free")
                .extracting(SessionsOverview.Tally::absencesThisMonth, SessionsOverview.Tally::owed)
                .containsExactly(0, 5_000L);

        sessions.settle(groupId, b, 15_000);
        assertThat(tally(b)).extracting(SessionsOverview.Tally::settled, SessionsOverview.Tally::owed)
                .containsExactly(15_000L, 5_000L);
        assertThatThrownBy(() -> sessions.settle(groupId, b, 5_001)).as("never more than owed")
                .isInstanceOfSatisfying(InvalidInputException.class, invalid ->
                        assertThat(invalid.problems().get(0).messageKey()).isEqualTo("house-rule.settle.invalid"));
        sessions.settle(groupId, b, 5_000);
        assertThat(tally(b).owed()).isZero();

        long version = sessions.overview(groupId).houseRule().orElseThrow().version();
        sessions.setHouseRule(groupId, 2, 3000, version);
        assertThat(tally(b)).as("February 2 beyond, March none: 6,000 fined, 20,000 paid")
                .extracting(SessionsOverview.Tally::fined, SessionsOverview.Tally::owed).containsExactly(6_000L, -14_000L);
        assertThatThrownBy(() -> sessions.setHouseRule(groupId, 1, 1000, version))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> sessions.setHouseRule(groupId, -1, null, version + 1))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field).containsExactly("allowedAbsences", "fineWon"));
    }

    private SessionsOverview.Tally tally(long accountId) {
        return sessions.overview(groupId).tallies().stream().filter(t -> t.accountId() == accountId)
                .findFirst().orElseThrow();
    }

    private List<LocalDate> days() {
        return sessions.overview(groupId).sessions().stream().map(SessionsOverview.Session::heldOn).toList();
    }

    private void join(String name) {
        people.add(accounts.signUpAndLogIn(name + "@example.com"));
        ids.add(currentUser.id());
    }

    private void as(int person) {
        SecurityContextHolder.getContext().setAuthentication(people.get(person));
    }
}
