package app.waypoint.group.service;

import app.waypoint.MutableClock;
import app.waypoint.StatementCounter;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.group.domain.Attendance;
import app.waypoint.interview.service.ChecklistService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sessions with attendance, weekly pairing and shared checklists, as a group of members uses them. */
@SpringBootTest
class GroupRitualsTest {

    @Autowired GroupService groups;
    @Autowired SessionService sessions;
    @Autowired PairingService pairing;
    @Autowired GroupChecklistService groupChecklists;
    @Autowired ChecklistService checklists;
    @Autowired AccountFixtures accounts;
    @Autowired CurrentUser currentUser;
    @Autowired TestDatabase database;
    @Autowired MutableClock clock;
    @Autowired StatementCounter statements;
    @Autowired JdbcTemplate jdbc;

    private final List<Authentication> people = new ArrayList<>();
    private final List<Long> ids = new ArrayList<>();
    private long groupId;

    @BeforeEach
    void groupOfFive() {
        database.reset();
        clock.set(Instant.parse("2026-03-04T03:00:00Z")); // a Wednesday
        people.clear();
        ids.clear();
        join("lead");
        groupId = groups.create("Study", null);
        String code = groups.details(groupId).invite().code();
        for (String name : List.of("b", "c", "d", "e")) {
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
    void attendanceRatesLeaveExcusedSessionsOut() {
        long first = sessions.addSession(groupId, LocalDate.of(2026, 3, 2), "RAG 평가");
        long second = sessions.addSession(groupId, LocalDate.of(2026, 3, 9), "벡터 DB");
        sessions.mark(groupId, first, ids.get(1), Attendance.PRESENT);
        sessions.mark(groupId, second, ids.get(1), Attendance.ABSENT);
        sessions.mark(groupId, first, ids.get(2), Attendance.PRESENT);
        sessions.mark(groupId, second, ids.get(2), Attendance.EXCUSED);
        sessions.mark(groupId, second, ids.get(2), Attendance.PRESENT);
        sessions.mark(groupId, first, ids.get(3), Attendance.EXCUSED);

        as(4);
        SessionsOverview overview = sessions.overview(groupId);
        assertThat(overview.sessions()).extracting(SessionsOverview.Session::topic).containsExactly("벡터 DB", "RAG 평가");
        assertThat(overview.rates()).extracting(SessionsOverview.Rate::percent).containsExactly(0, 50, 100, 0, 0);
        assertThat(overview.rates().get(3).counted()).as("excused only").isZero();
        assertThatThrownBy(() -> sessions.mark(groupId, first, ids.get(4), Attendance.PRESENT))
                .isInstanceOf(app.waypoint.base.service.NotAllowedException.class);
    }

    @Test
    void aSessionNeedsADateAndATopicAndBelongsToItsGroup() {
        assertThatThrownBy(() -> sessions.addSession(groupId, null, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field).containsExactly("heldOn", "topic"));
        long other = groups.create("Other", null);
        long foreign = sessions.addSession(other, LocalDate.of(2026, 3, 2), "Elsewhere");
        assertThatThrownBy(() -> sessions.mark(groupId, foreign, ids.get(1), Attendance.PRESENT))
                .isInstanceOf(NotFoundException.class);
        assertThat(sessions.overview(groupId).sessions()).isEmpty();
    }

    @Test
    void theSessionListTakesTheSameStatementsForOneOrTwentySessions() {
        sessions.setSchedule(groupId, java.time.DayOfWeek.FRIDAY, java.time.LocalTime.of(20, 0), null, "RAG", null);
        sessions.setHouseRule(groupId, 0, 1000, null);
        long first = sessions.addSession(groupId, LocalDate.of(2026, 1, 1), "S0");
        sessions.mark(groupId, first, ids.get(1), Attendance.ABSENT);
        sessions.settle(groupId, ids.get(1), 500);
        statements.reset();
        sessions.overview(groupId);
        int one = statements.count();
        for (int i = 1; i < 20; i++) {
            long session = sessions.addSession(groupId, LocalDate.of(2026, 1, 1).plusWeeks(i), "S" + i);
            for (long member : ids) {
                sessions.mark(groupId, session, member, Attendance.PRESENT);
            }
            sessions.answer(groupId, sessions.overview(groupId).sessions().get(0).id(), app.waypoint.group.domain.Rsvp.GOING);
        }
        statements.reset();
        assertThat(sessions.overview(groupId).sessions()).hasSize(24);
        assertThat(statements.count()).isEqualTo(one).isLessThanOrEqualTo(9);
    }

    @Test
    void anOddGroupGetsOneTrioAndNextWeekRepeatsOnlyTheUnavoidablePair() {
        pairing.draw(groupId);
        PairingView week = pairing.thisWeek(groupId);
        assertThat(week.weekStart()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(namesIn(week)).hasSize(2);
        assertThat(namesIn(week).stream().mapToInt(List::size).sorted().toArray()).containsExactly(2, 3);
        assertThat(week.myPartners()).hasSizeBetween(1, 2).doesNotContain("lead");
        Set<Set<String>> firstWeek = pairsOf(namesIn(week));

        clock.advance(Duration.ofDays(7));
        pairing.draw(groupId);
        Set<Set<String>> secondWeek = pairsOf(namesIn(pairing.thisWeek(groupId)));
        // Five people are a pair and a trio both weeks; a new trio can take at most one person from last week's
        // trio and one from last week's pair, so exactly one pair from last week must come back.
        assertThat(secondWeek.stream().filter(firstWeek::contains)).hasSize(1);

        as(2);
        assertThat(pairing.thisWeek(groupId).myPartners()).isNotEmpty();
        assertThatThrownBy(() -> pairing.draw(groupId)).isInstanceOf(app.waypoint.base.service.NotAllowedException.class);
    }

    private static List<List<String>> namesIn(PairingView week) {
        return week.pairs().stream().map(PairingView.Pair::names).toList();
    }

    @Test
    void aGroupOfOneCannotDrawPairs() {
        long alone = groups.create("Alone", null);
        assertThatThrownBy(() -> pairing.draw(alone)).isInstanceOfSatisfying(InvalidInputException.class,
                invalid -> assertThat(invalid.problems().get(0).messageKey()).isEqualTo("pairing.too-few"));
        assertThat(pairing.thisWeek(alone).drawn()).isFalse();
    }

    @Test
    void eachMemberTicksTheirOwnCopyAndPrivateProgressStaysHidden() {
        groupChecklists.assign(groupId, "technical-interview");
        assertThatThrownBy(() -> groupChecklists.assign(groupId, "no-such-list")).isInstanceOf(NotFoundException.class);
        as(1);
        checklists.tick("technical-interview", "algorithms-100", true, null);
        checklists.tick("technical-interview", "ml-concepts", true, null);
        as(2);
        checklists.tick("technical-interview", "algorithms-100", true, null);
        groups.share(groupId, false, true, false);

        as(3);
        GroupChecklistView view = groupChecklists.checklists(groupId).get(0);
        assertThat(view.itemCount()).isEqualTo(4);
        assertThat(view.members()).extracting(GroupChecklistView.MemberTicks::displayName,
                        GroupChecklistView.MemberTicks::shared, GroupChecklistView.MemberTicks::done)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("lead", true, 0),
                        org.assertj.core.groups.Tuple.tuple("b", true, 2),
                        org.assertj.core.groups.Tuple.tuple("c", false, 0),
                        org.assertj.core.groups.Tuple.tuple("d", true, 0),
                        org.assertj.core.groups.Tuple.tuple("e", true, 0));
        assertThatThrownBy(() -> groupChecklists.unassign(groupId, "technical-interview"))
                .isInstanceOf(app.waypoint.base.service.NotAllowedException.class);
    }

    @Test
    void aChecklistThatLeftTheContentIsShownAsNoLongerAvailableAndCanBeDropped() {
        groupChecklists.assign(groupId, "technical-interview");
        as(1);
        checklists.tick("technical-interview", "algorithms-100", true, null);
        // a later content update removed a checklist the group had taken on; a member's tick on it stays behind
        jdbc.update("insert into group_checklist (group_id, checklist_key, assigned_at) values (?, 'retired-list', now())",
                groupId);
        jdbc.update("insert into checklist_item_state (owner_id, checklist_key, item_key, done) "
                + "values (?, 'retired-list', 'old-item', true)", ids.get(1));

        List<GroupChecklistView> views = groupChecklists.checklists(groupId);
        assertThat(views).extracting(GroupChecklistView::key, GroupChecklistView::available)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("technical-interview", true),
                        org.assertj.core.groups.Tuple.tuple("retired-list", false));
        assertThat(views.get(0).members()).extracting(GroupChecklistView.MemberTicks::done)
                .containsExactly(0, 1, 0, 0, 0);
        assertThat(views.get(1).itemCount()).isZero();
        assertThat(views.get(1).members()).isEmpty();

        as(0);
        groupChecklists.unassign(groupId, "retired-list");
        assertThat(groupChecklists.checklists(groupId)).extracting(GroupChecklistView::key)
                .containsExactly("technical-interview");
    }

    private static Set<Set<String>> pairsOf(List<List<String>> groups) {
        Set<Set<String>> pairs = new HashSet<>();
        for (List<String> group : groups) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    pairs.add(Set.of(group.get(i), group.get(j)));
                }
            }
        }
        return pairs;
    }

    private void join(String name) {
        people.add(accounts.signUpAndLogIn(name + "@example.com"));
        ids.add(currentUser.id());
    }

    private void as(int person) {
        SecurityContextHolder.getContext().setAuthentication(people.get(person));
    }
}
