package app.waypoint.account.service;

import app.waypoint.MutableClock;
import app.waypoint.RichAccount;
import app.waypoint.TestDatabase;
import app.waypoint.application.service.ApplicationService;
import app.waypoint.application.service.InterviewRoundService;
import app.waypoint.group.domain.Attendance;
import app.waypoint.group.service.GroupService;
import app.waypoint.group.service.PairingService;
import app.waypoint.group.service.SessionService;
import app.waypoint.interview.service.ChecklistService;
import app.waypoint.interview.domain.MockInterviewKind;
import app.waypoint.interview.service.MockInterviewDraft;
import app.waypoint.interview.service.MockInterviewService;
import app.waypoint.interview.service.ProblemService;
import app.waypoint.interview.service.QuestionBankService;
import app.waypoint.interview.service.StoryService;
import app.waypoint.portfolio.service.ProjectBoardService;
import app.waypoint.portfolio.service.ProjectService;
import app.waypoint.portfolio.service.TeamProjectService;
import app.waypoint.roadmap.domain.ProgressStatus;
import app.waypoint.roadmap.service.CustomRoadmapService;
import app.waypoint.roadmap.service.RoadmapService;
import app.waypoint.skill.service.SkillService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A person who used everything deletes their account: afterwards no table holds their id, email or name, and what
 * the other members made is still there.
 */
@SpringBootTest
class AccountPurgeLeavesNothingTest {

    private static final String EMAIL = "sky.leaving@example.com";
    private static final String NAME = "하늘떠남";
    private static final String GUIDE = "ai-backend-2025h2";

    @Autowired TestDatabase database;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired AccountFixtures fixtures;
    @Autowired CurrentUser currentUser;
    @Autowired AccountService accountService;
    @Autowired AccountDeletionService deletion;
    @Autowired AccountPurge purge;
    @Autowired RoadmapService roadmaps;
    @Autowired CustomRoadmapService customRoadmaps;
    @Autowired SkillService skills;
    @Autowired ProjectService projects;
    @Autowired ProjectBoardService projectBoard;
    @Autowired TeamProjectService teamProjects;
    @Autowired ChecklistService checklists;
    @Autowired QuestionBankService questions;
    @Autowired ProblemService problems;
    @Autowired StoryService stories;
    @Autowired MockInterviewService mockInterviews;
    @Autowired ApplicationService applications;
    @Autowired InterviewRoundService rounds;
    @Autowired GroupService groups;
    @Autowired SessionService sessions;
    @Autowired PairingService pairings;
    @Autowired RichAccount richAccount;

    @AfterEach
    void nobody() {
        AccountFixtures.logOut();
    }

    @Test
    void afterThePurgeNoTableHoldsThePersonAndWhatOthersMadeStays() {
        database.reset();
        fixtures.signUp("mate@example.com", "Mate");
        fixtures.signUp("third@example.com", "Third");
        fixtures.signUp(EMAIL, NAME);
        long mate = id("mate@example.com");
        long third = id("third@example.com");
        long me = id(EMAIL);

        // the mate's group, with a team project whose task the mate made and gave to the person
        fixtures.logIn("mate@example.com", AccountFixtures.PASSWORD);
        long matesGroup = groups.create("Mate's study", null);
        long teamProject = teamProjects.createBlank(matesGroup, "Team RAG");
        projectBoard.addTask(teamProject, "Write the retriever");
        long topic = roadmaps.outline(GUIDE).stages().get(0).topics().get(0).id();
        roadmaps.changeStatus(topic, ProgressStatus.DONE);
        roadmaps.saveNotes(topic, "Mate's own notes", roadmaps.currentState(topic).version());
        String matesCode = groups.details(matesGroup).invite().code();
        fixtures.logIn("third@example.com", AccountFixtures.PASSWORD);
        groups.join(matesCode);

        // everything the person can have
        fixtures.logIn(EMAIL, AccountFixtures.PASSWORD);
        groups.join(matesCode);
        richAccount.fill();
        long myGroup = groups.create("My own group", null);
        String myCode = groups.details(myGroup).invite().code();
        assertThatThrownBy(() -> accountService.changePassword("a wrong guess", "an entirely new passphrase"))
                .isInstanceOf(RuntimeException.class);

        // the mate joins the person's group and is given it; sessions, attendance and a trio in the mate's group
        fixtures.logIn("mate@example.com", AccountFixtures.PASSWORD);
        groups.join(myCode);
        long task = projects.details(teamProject).tasks().get(0).id();
        projectBoard.assignTask(task, me, projects.details(teamProject).tasks().get(0).version());
        long session = sessions.addSession(matesGroup, LocalDate.of(2026, 3, 4), "RAG evaluation");
        sessions.mark(matesGroup, session, me, Attendance.PRESENT);
        sessions.mark(matesGroup, session, mate, Attendance.PRESENT);
        pairings.draw(matesGroup);
        long matesInterview = mockInterviews.log(new MockInterviewDraft(LocalDate.of(2026, 3, 4),
                MockInterviewKind.CODING, null, null, 3, List.of(),
                pairings.thisWeek(matesGroup).myPair().orElseThrow().id()));
        fixtures.logIn(EMAIL, AccountFixtures.PASSWORD);
        mockInterviews.giveFeedback(matesInterview, "Explain the trade-off first", null);
        groups.transferOwnership(myGroup, mate);
        deletion.request(AccountFixtures.PASSWORD);
        AccountFixtures.logOut();
        // a failed sign-in leaves a count under the email, and does not cancel the deletion
        assertThatThrownBy(() -> fixtures.logIn(EMAIL, "a wrong guess")).isInstanceOf(BadCredentialsException.class);

        assertThat(traces(me)).as("the scan finds the person before the purge").contains(
                "account.id", "node_progress.account_id", "project.owner_id", "project_task.assignee_id",
                "group_member.account_id", "security_event.account_id", "activity_event.account_id",
                "card_review.owner_id", "job_application.owner_id", "session_attendance.account_id",
                "mock_pairing.first_id|second_id|third_id", "mock_feedback.author_id", "account.email", "account.display_name",
                "attempt_limit.limit_key");
        int matesEvents = count("select count(*) from security_event where account_id = " + mate);

        clock.advance(Duration.ofDays(7));
        purge.purgeDue();
        purge.purgeDue();

        assertThat(traces(me)).as("what still holds the person's id, email or name").isEmpty();
        // what the others made stays
        assertThat(jdbc.queryForMap("select title, assignee_id from project_task where id = ?", task))
                .containsEntry("title", "Write the retriever").containsEntry("assignee_id", null);
        assertThat(count("select count(*) from project where id = " + teamProject)).isOne();
        assertThat(jdbc.queryForList("select notes from node_progress where account_id = ?", String.class, mate))
                .containsExactly("Mate's own notes");
        assertThat(count("select count(*) from activity_event where account_id = " + mate)).isPositive();
        assertThat(jdbc.queryForList("select role from group_member where group_id = ? and account_id = ?",
                String.class, myGroup, mate)).containsExactly("OWNER");
        assertThat(count("select count(*) from group_member where group_id = " + matesGroup)).isEqualTo(2);
        List<String> pairs = jdbc.queryForList("select array_to_string(array[first_id, second_id, third_id], ',')"
                + " from mock_pairing", String.class);
        assertThat(pairs).as("the trio goes on as a pair").isIn(List.of(mate + "," + third), List.of(third + "," + mate));
        assertThat(count("select count(*) from session_attendance where session_id = " + session)).isOne();
        assertThat(count("select count(*) from mock_interview where id = " + matesInterview)).isOne();
        assertThat(count("select count(*) from security_event where account_id = " + mate)).isEqualTo(matesEvents);
        assertThat(jdbc.queryForList("select kind from security_event where account_id is null", String.class))
                .containsExactly("ACCOUNT_DELETED");
    }

    /**
     * Every column of every table that holds this account: columns with a foreign key to account, columns named
     * for a person (account, owner, assignee, member, ...), and text columns holding the email or display name.
     */
    private List<String> traces(long accountId) {
        List<String> found = new ArrayList<>();
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select c.table_name, c.column_name, c.data_type,
                       exists (select 1
                               from information_schema.table_constraints tc
                               join information_schema.key_column_usage k
                                 on k.constraint_name = tc.constraint_name and k.table_schema = tc.table_schema
                               join information_schema.constraint_column_usage r
                                 on r.constraint_name = tc.constraint_name and r.table_schema = tc.table_schema
                               where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = 'public'
                                 and k.table_name = c.table_name and k.column_name = c.column_name
                                 and r.table_name = 'account') as references_account
                from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
                  and c.table_name <> 'flyway_schema_history'
                order by c.table_name, c.ordinal_position
                """);
        int personColumns = 0;
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            String type = (String) column.get("data_type");
            boolean numeric = type.equals("bigint") || type.equals("integer");
            boolean person = Boolean.TRUE.equals(column.get("references_account"))
                    || name.matches(".*(account|owner|assignee|member|user|person|partner).*")
                    || name.matches("(first|second|third)_id")
                    || (table.equals("account") && name.equals("id"));
            if (numeric && person) {
                personColumns++;
                if (count("select count(*) from \"" + table + "\" where \"" + name + "\" = " + accountId) > 0) {
                    found.add(table + "." + (name.matches("(first|second|third)_id") ? "first_id|second_id|third_id"
                            : name));
                }
            }
            if (type.equals("text") || type.equals("character varying")) {
                Integer hits = jdbc.queryForObject("select count(*) from \"" + table + "\" where position(lower(cast(? as text))"
                        + " in lower(\"" + name + "\")) > 0 or position(cast(? as text) in \"" + name + "\") > 0", Integer.class,
                        EMAIL, NAME);
                if (hits != null && hits > 0) {
                    found.add(table + "." + name);
                }
            }
        }
        assertThat(personColumns).as("columns that can name a person").isGreaterThan(25);
        return found.stream().distinct().toList();
    }

    private long id(String email) {
        Long id = jdbc.queryForObject("select id from account where email = ?", Long.class, email);
        return id == null ? -1 : id;
    }

    private int count(String sql) {
        Integer count = jdbc.queryForObject(sql, Integer.class);
        return count == null ? 0 : count;
    }
}
