package app.waypoint.group.service;

import app.waypoint.MutableClock;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.service.NotAllowedException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.group.domain.Attendance;
import app.waypoint.group.domain.GroupRole;
import app.waypoint.group.domain.Rsvp;
import app.waypoint.interview.domain.MockInterviewKind;
import app.waypoint.interview.service.MockInterviewDraft;
import app.waypoint.interview.service.MockInterviewService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every group action by an outsider, a member, an admin and the owner: allowed ones succeed, the others are
 * refused with a clear reason (outsiders: "not found", as if the group did not exist) and change nothing.
 */
@SpringBootTest
class GroupPermissionTest {

    static final String ROADMAP = "ai-backend-2025h2";

    enum Caller { OUTSIDER, REMOVED, MEMBER, ADMIN, OWNER }

    enum Outcome { OK, NOT_ALLOWED, NOT_FOUND }

    /** The group every case starts from: owner, admin, two members, and someone outside. */
    record Group(long id, Map<Caller, Long> accounts, long otherMember, long sessionId, long removedPerson,
                 long tonightId) {
    }

    /** Every group service, so one table can hold every action. */
    record Services(GroupService groups, GroupProgressService progress, SessionService sessions,
                    PairingService pairing, GroupChecklistService checklists, MockInterviewService mocks) {
    }

    interface Action {
        void run(Services services, Group group);
    }

    @Autowired GroupService groups;
    @Autowired GroupProgressService progress;
    @Autowired SessionService sessions;
    @Autowired PairingService pairing;
    @Autowired GroupChecklistService checklists;
    @Autowired MockInterviewService mocks;
    @Autowired AccountFixtures accounts;
    @Autowired CurrentUser currentUser;
    @Autowired TestDatabase database;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    private final Map<Caller, Authentication> logins = new EnumMap<>(Caller.class);
    private final Map<Caller, Long> ids = new EnumMap<>(Caller.class);

    @BeforeEach
    void ownerSignedIn() {
        database.reset();
        clock.set(Instant.parse("2026-03-02T10:00:00Z")); // Monday 19:00 in Seoul, within the 18:00 session
        signUp(Caller.OWNER);
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        add(cases, "see the group", (s, group) -> s.groups().details(group.id()), "OK OK OK");
        add(cases, "see the board", (s, group) -> s.progress().board(group.id(), ROADMAP), "OK OK OK");
        add(cases, "see the board by topic", (s, group) -> s.progress().topicBoard(group.id(), ROADMAP), "OK OK OK");
        add(cases, "see what a member shares", (s, group) -> s.progress().memberShare(group.id(), ROADMAP,
                group.otherMember()), "OK OK OK");
        add(cases, "read the feed", (s, group) -> s.progress().feed(group.id(), 0), "OK OK OK");
        add(cases, "choose what to share", (s, group) -> s.groups().share(group.id(), false, false, true), "OK OK OK");
        add(cases, "share the job hunt", (s, group) -> s.groups().sharePipeline(group.id(), true), "OK OK OK");
        add(cases, "see the job hunts", (s, group) -> s.progress().pipelines(group.id()), "OK OK OK");
        add(cases, "rename the group", (s, group) -> s.groups().describe(group.id(), "Renamed", null,
                s.groups().details(group.id()).version()), "NOT_ALLOWED OK OK");
        add(cases, "rotate the invite", (s, group) -> s.groups().rotateInvite(group.id()), "NOT_ALLOWED OK OK");
        add(cases, "expire the invite", (s, group) -> s.groups().expireInvite(group.id()), "NOT_ALLOWED OK OK");
        add(cases, "adopt a roadmap", (s, group) -> s.groups().adoptRoadmap(group.id(), ROADMAP), "NOT_ALLOWED OK OK");
        add(cases, "drop a roadmap", (s, group) -> s.groups().dropRoadmap(group.id(), ROADMAP), "NOT_ALLOWED OK OK");
        add(cases, "remove a plain member", (s, group) -> s.groups().removeMember(group.id(), group.otherMember()),
                "NOT_ALLOWED OK OK");
        add(cases, "remove an admin", (s, group) -> s.groups().removeMember(group.id(), group.accounts().get(Caller.ADMIN)),
                "NOT_ALLOWED NOT_ALLOWED OK");
        add(cases, "promote a member", (s, group) -> s.groups().changeRole(group.id(), group.otherMember(), GroupRole.ADMIN),
                "NOT_ALLOWED NOT_ALLOWED OK");
        add(cases, "transfer ownership", (s, group) -> s.groups().transferOwnership(group.id(), group.otherMember()),
                "NOT_ALLOWED NOT_ALLOWED OK");
        add(cases, "delete the group", (s, group) -> s.groups().delete(group.id(), "Study", Set.of()), "NOT_ALLOWED NOT_ALLOWED OK");
        add(cases, "leave", (s, group) -> s.groups().leave(group.id()), "OK OK NOT_ALLOWED");
        add(cases, "allow a removed person back", (s, group) -> s.groups().allowBack(group.id(),
                group.removedPerson()), "NOT_ALLOWED OK OK");
        add(cases, "list the team projects to delete", (s, group) -> s.groups().teamProjects(group.id()),
                "NOT_ALLOWED NOT_ALLOWED OK");
        add(cases, "see the team projects", (s, group) -> s.groups().teamProjectLines(group.id()), "OK OK OK");
        add(cases, "see sessions and attendance", (s, group) -> s.sessions().overview(group.id()), "OK OK OK");
        add(cases, "add a session", (s, group) -> s.sessions().addSession(group.id(), LocalDate.of(2026, 3, 2),
                "RAG"), "NOT_ALLOWED OK OK");
        add(cases, "mark attendance", (s, group) -> s.sessions().mark(group.id(), group.sessionId(),
                group.otherMember(), Attendance.PRESENT), "NOT_ALLOWED OK OK");
        add(cases, "delete a session", (s, group) -> s.sessions().deleteSession(group.id(), group.sessionId()),
                "NOT_ALLOWED OK OK");
        add(cases, "edit a session's time, place and agenda", (s, group) -> s.sessions().describeSession(group.id(),
                group.sessionId(), "Kick-off", LocalTime.of(19, 0), "https://meet.example.com/a", "1. intro",
                0), "NOT_ALLOWED OK OK");
        add(cases, "set the weekly schedule", (s, group) -> s.sessions().setSchedule(group.id(), DayOfWeek.FRIDAY,
                LocalTime.of(20, 0), null, "RAG", 0L), "NOT_ALLOWED OK OK");
        add(cases, "remove the weekly schedule", (s, group) -> s.sessions().removeSchedule(group.id(), 0),
                "NOT_ALLOWED OK OK");
        add(cases, "set the house rule", (s, group) -> s.sessions().setHouseRule(group.id(), 2, 3000, 0L),
                "NOT_ALLOWED OK OK");
        add(cases, "remove the house rule", (s, group) -> s.sessions().removeHouseRule(group.id(), 0),
                "NOT_ALLOWED OK OK");
        add(cases, "settle someone's fines", (s, group) -> s.sessions().settle(group.id(), group.otherMember(), 1000),
                "NOT_ALLOWED OK OK");
        add(cases, "answer for oneself", (s, group) -> s.sessions().answer(group.id(), group.tonightId(), Rsvp.GOING),
                "OK OK OK");
        add(cases, "check oneself in", (s, group) -> s.sessions().checkIn(group.id(), group.tonightId()),
                "OK OK OK");
        add(cases, "see this week's pairs", (s, group) -> s.pairing().thisWeek(group.id()), "OK OK OK");
        add(cases, "draw pairs", (s, group) -> s.pairing().draw(group.id()), "NOT_ALLOWED OK OK");
        add(cases, "log the interview of one's pair", (s, group) -> s.mocks().log(new MockInterviewDraft(
                LocalDate.of(2026, 3, 2), MockInterviewKind.CODING, null, null, 3, List.of(),
                s.pairing().thisWeek(group.id()).myPair().orElseThrow().id())), "OK OK OK");
        add(cases, "see group checklists", (s, group) -> s.checklists().checklists(group.id()), "OK OK OK");
        add(cases, "assign a checklist", (s, group) -> s.checklists().assign(group.id(), "technical-interview"),
                "NOT_ALLOWED OK OK");
        add(cases, "unassign a checklist", (s, group) -> s.checklists().unassign(group.id(), "practical-competencies"),
                "NOT_ALLOWED OK OK");
        return cases.stream();
    }

    /**
     * Outsiders and a removed member always get "not found"; {@code expected} lists member, admin and owner.
     */
    private static void add(List<Arguments> cases, String name, Action action, String expected) {
        String[] outcomes = expected.split(" ");
        cases.add(Arguments.of(name, Caller.OUTSIDER, action, Outcome.NOT_FOUND));
        cases.add(Arguments.of(name, Caller.REMOVED, action, Outcome.NOT_FOUND));
        cases.add(Arguments.of(name, Caller.MEMBER, action, Outcome.valueOf(outcomes[0])));
        cases.add(Arguments.of(name, Caller.ADMIN, action, Outcome.valueOf(outcomes[1])));
        cases.add(Arguments.of(name, Caller.OWNER, action, Outcome.valueOf(outcomes[2])));
    }

    @ParameterizedTest(name = "{1} may {0}: {3}")
    @MethodSource("matrix")
    void everyRoleGetsExactlyItsRights(String name, Caller caller, Action action, Outcome expected) {
        Group group = studyGroup();
        String before = snapshot(group);
        logInAs(caller);

        switch (expected) {
            case OK -> assertThatCode(() -> action.run(services(), group)).doesNotThrowAnyException();
            case NOT_ALLOWED -> {
                assertThatThrownBy(() -> action.run(services(), group))
                        .isInstanceOfSatisfying(NotAllowedException.class,
                                denied -> assertThat(denied.messageKey()).startsWith("group.denied."));
                assertThat(snapshot(group)).as("a denial changes nothing").isEqualTo(before);
            }
            case NOT_FOUND -> {
                assertThatThrownBy(() -> action.run(services(), group)).isInstanceOf(NotFoundException.class)
                        .hasMessage("Not found: group " + group.id());
                assertThat(snapshot(group)).as("a denial changes nothing").isEqualTo(before);
            }
        }
    }

    private Group studyGroup() {
        long id = groups.create("Study", "Weekly RAG study");
        groups.adoptRoadmap(id, ROADMAP);
        String code = groups.details(id).invite().code();
        for (Caller caller : List.of(Caller.ADMIN, Caller.MEMBER)) {
            signUp(caller);
            groups.join(code);
        }
        accounts.signUpAndLogIn("other@example.com");
        long other = currentUser.id();
        groups.join(code);
        signUp(Caller.REMOVED);
        long removed = currentUser.id();
        groups.join(code);
        signUp(Caller.OUTSIDER);
        logInAs(Caller.OWNER);
        groups.changeRole(id, ids.get(Caller.ADMIN), GroupRole.ADMIN);
        groups.removeMember(id, removed);
        long session = sessions.addSession(id, LocalDate.of(2026, 2, 23), "Kick-off");
        sessions.setSchedule(id, DayOfWeek.MONDAY, LocalTime.of(18, 0), "강남역", "RAG", null);
        sessions.setHouseRule(id, 0, 1000, null);
        sessions.mark(id, session, other, Attendance.ABSENT);
        long tonight = sessions.overview(id).sessions().stream()
                .filter(found -> found.heldOn().equals(LocalDate.of(2026, 3, 2))).findFirst().orElseThrow().id();
        checklists.assign(id, "practical-competencies");
        pairing.draw(id);
        return new Group(id, ids, other, session, removed, tonight);
    }

    private void signUp(Caller caller) {
        logins.put(caller, accounts.signUpAndLogIn(caller.name().toLowerCase(Locale.ROOT) + "@example.com"));
        ids.put(caller, currentUser.id());
    }

    private Services services() {
        return new Services(groups, progress, sessions, pairing, checklists, mocks);
    }

    /** Every row of the group's tables, straight from the database. */
    private String snapshot(Group group) {
        StringBuilder rows = new StringBuilder(jdbc.queryForList("select * from study_group where id = ?",
                group.id()).toString());
        for (String table : List.of("group_member", "group_roadmap", "group_session", "mock_pairing",
                "group_checklist", "group_departure", "fine_settlement")) {
            rows.append(jdbc.queryForList("select * from " + table + " where group_id = ? order by id", group.id()));
        }
        for (String table : List.of("group_schedule", "group_house_rule")) {
            rows.append(jdbc.queryForList("select * from " + table + " where group_id = ?", group.id()));
        }
        rows.append(jdbc.queryForList("select a.* from session_attendance a join group_session s "
                + "on s.id = a.session_id where s.group_id = ? order by a.id", group.id()));
        rows.append(jdbc.queryForList("select i.* from mock_interview i join mock_pairing p "
                + "on p.id = i.pairing_id where p.group_id = ? order by i.id", group.id()));
        rows.append(jdbc.queryForList("select r.* from session_rsvp r join group_session s "
                + "on s.id = r.session_id where s.group_id = ? order by r.id", group.id()));
        return rows.toString();
    }

    private void logInAs(Caller caller) {
        SecurityContextHolder.getContext().setAuthentication(logins.get(caller));
    }
}
