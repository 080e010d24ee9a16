package app.waypoint.today.service;

import app.waypoint.MutableClock;
import app.waypoint.StatementCounter;
import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.group.service.GroupService;
import app.waypoint.group.service.SessionService;
import app.waypoint.group.service.UpcomingSession;
import app.waypoint.interview.domain.Competency;
import app.waypoint.interview.domain.MockInterviewKind;
import app.waypoint.interview.domain.ProblemDifficulty;
import app.waypoint.interview.domain.QuestionCategory;
import app.waypoint.interview.service.MockInterviewDraft;
import app.waypoint.interview.service.MockInterviewService;
import app.waypoint.interview.service.ProblemService;
import app.waypoint.interview.service.QuestionBankService;
import app.waypoint.interview.service.StoryDraft;
import app.waypoint.interview.service.StoryService;
import app.waypoint.portfolio.service.ProjectRecordsService;
import app.waypoint.portfolio.service.ProjectService;
import app.waypoint.roadmap.domain.ProgressStatus;
import app.waypoint.roadmap.service.RoadmapOutline;
import app.waypoint.roadmap.service.RoadmapService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page reads in a fixed number of statements: a year of study, a thousand cards and problems, thirty
 * projects and two groups cost no more than a nearly empty account.
 */
@SpringBootTest
class TodayStatementCountTest {

    static final int BUDGET = 10;
    static final String ROADMAP = "ai-backend-2025h2";
    /** Monday 2 March 2026, 09:30 in Seoul. */
    static final Instant NOW = Instant.parse("2026-03-02T00:30:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final int CARDS = 1000;
    static final int PROBLEMS = 1000;
    static final int PROJECTS = 30;
    static final int DAYS = 365;

    @Autowired TodayService todayService;
    @Autowired RoadmapService roadmaps;
    @Autowired QuestionBankService bank;
    @Autowired ProblemService problems;
    @Autowired ProjectService projects;
    @Autowired ProjectRecordsService projectRecords;
    @Autowired StoryService stories;
    @Autowired MockInterviewService mocks;
    @Autowired GroupService groups;
    @Autowired SessionService sessions;
    @Autowired CurrentUser currentUser;
    @Autowired AccountFixtures accounts;
    @Autowired TestDatabase database;
    @Autowired MutableClock clock;
    @Autowired StatementCounter statements;
    @Autowired JdbcTemplate jdbc;

    private long me;

    @BeforeEach
    void signedIn() {
        database.reset();
        clock.set(NOW);
        accounts.signUpAndLogIn("counted@example.com");
        me = currentUser.id();
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    @Test
    void aYearOfStudyReadsInAsManyStatementsAsASmallAccountAndAtMostTen() {
        bank.addCard(QuestionCategory.ML, "One question", null, null, null);
        problems.add("One problem", "https://example.com/one", null, ProblemDifficulty.EASY, null);
        projectRecords.addMilestone(projects.createBlank("One project"), "One milestone", TODAY.plusDays(2));
        sessions.addSession(groups.create("One group", null), TODAY.plusDays(3), "One topic");
        AtomicReference<Today> read = new AtomicReference<>();
        int small = statementsFor(read);
        List<String> smallStatements = statements.statements();
        assertThat(read.get().due().deadlines()).hasSize(1);
        assertThat(small).as("%s", smallStatements).isPositive().isLessThanOrEqualTo(BUDGET);

        long started = System.nanoTime();
        int dueProblems = aLargeAccount();
        double seconds = (System.nanoTime() - started) / 1e9;

        int large = statementsFor(read);
        List<String> largeStatements = statements.statements();

        // what was counted really read the large account
        Today today = read.get();
        assertThat(today.due().cardsDue()).isEqualTo((int) bank.summary().dueToday()).isPositive();
        assertThat(today.due().problemsDueCount()).isEqualTo(dueProblems);
        assertThat(today.due().problemsDue()).hasSize(TodayService.PROBLEMS_SHOWN);
        assertThat(today.due().sessions()).extracting(UpcomingSession::topic)
                .containsExactly("Session 0 of group A", "One topic");
        assertThat(today.due().deadlines()).hasSizeGreaterThan(PROJECTS);
        assertThat(today.activity().workPerDay()).hasSizeGreaterThanOrEqualTo(DAYS);
        assertThat(today.activity().streak().days()).isGreaterThanOrEqualTo(DAYS);
        assertThat(today.roadmap().progress().done()).isPositive();
        assertThat(today.readiness().parts()).allSatisfy(part -> assertThat(part.fraction()).isPositive());
        assertThat(seconds).as("building the large account").isLessThan(60);

        assertThat(large).as("large account: %s%nsmall account: %s", largeStatements, smallStatements)
                .isEqualTo(small).isLessThanOrEqualTo(BUDGET);
    }

    /** Everything a year of study leaves; returns how many problems are due to be solved again today. */
    private int aLargeAccount() {
        // through the services: roadmap progress, a second group with sessions, stories and mock interviews
        roadmaps.start(ROADMAP);
        List<RoadmapOutline.Topic> topics = roadmaps.outline(ROADMAP).stages().stream()
                .flatMap(stage -> stage.topics().stream()).toList();
        for (int i = 0; i < topics.size(); i++) {
            roadmaps.changeStatus(topics.get(i).id(), List.of(ProgressStatus.DONE, ProgressStatus.IN_PROGRESS,
                    ProgressStatus.SKIPPED, ProgressStatus.NOT_STARTED).get(i % 4));
        }
        long second = groups.create("Group A", null);
        for (int i = 0; i < 20; i++) {
            sessions.addSession(second, TODAY.plusDays(1 + 7L * i), "Session " + i + " of group A");
        }
        long first = groups.myGroups().stream().filter(group -> group.name().equals("One group")).findFirst()
                .orElseThrow().id();
        for (int i = 1; i <= 20; i++) {
            sessions.addSession(first, TODAY.plusDays(3 + 7L * i), "Later topic " + i);
            sessions.addSession(first, TODAY.minusDays(7L * i), "Past topic " + i);
        }
        for (int i = 0; i < 10; i++) {
            stories.add(new StoryDraft("Story " + i, "s", "t", "a", "r", null,
                    Set.of(Competency.values()[i % Competency.values().length])));
            mocks.log(new MockInterviewDraft(TODAY.minusDays(9L * i), MockInterviewKind.values()[i % 5], null, null, 3,
                    List.of()));
        }

        // in bulk: cards, a year of reviews, problems, projects with milestones, a year of events
        List<Object[]> cards = new ArrayList<>();
        for (int i = 0; i < CARDS; i++) {
            boolean reviewed = i % 10 < 7;
            LocalDate last = TODAY.minusDays(i % DAYS);
            cards.add(new Object[]{me, QuestionCategory.values()[i % 5].name(), "Bulk question " + i,
                    reviewed ? 2.0 + i % 40 : null, reviewed ? 5.0 : null,
                    Date.valueOf(reviewed ? last.plusDays(2 + i % 40) : TODAY), reviewed ? Date.valueOf(last) : null,
                    reviewed ? 1 : 0, reviewed ? "REVIEW" : "NEW", Timestamp.from(NOW.minusSeconds(DAYS * 86_400L))});
        }
        jdbc.batchUpdate("insert into question_card (owner_id, category, question, stability, difficulty, due_on, "
                + "last_review, reviews, phase, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", cards);
        List<Long> cardIds = jdbc.queryForList("select id from question_card where owner_id = ? and phase = 'REVIEW' "
                + "order by id", Long.class, me);
        List<Object[]> reviews = new ArrayList<>();
        for (int i = 0; i < cardIds.size() * 2; i++) {
            LocalDate day = TODAY.minusDays(i % DAYS);
            reviews.add(new Object[]{cardIds.get(i % cardIds.size()), me, Date.valueOf(day), "GOOD", 5.0, 5.0, 5,
                    Timestamp.from(day.atTime(1, 0).toInstant(ZoneOffset.UTC)), i < cardIds.size() ? "NEW" : "REVIEW"});
        }
        jdbc.batchUpdate("insert into card_review (card_id, owner_id, reviewed_on, grade, stability, difficulty, "
                + "interval_days, reviewed_at, phase_before, step_before) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", reviews);

        List<Object[]> problemRows = new ArrayList<>();
        int due = 0;
        for (int i = 0; i < PROBLEMS; i++) {
            boolean solved = i % 10 != 9;
            LocalDate solvedOn = TODAY.minusDays(i % DAYS);
            LocalDate resolveOn = solved ? solvedOn.plusDays(List.of(7, 30, 90).get(i % 3)) : null;
            if (resolveOn != null && !resolveOn.isAfter(TODAY)) {
                due++;
            }
            problemRows.add(new Object[]{me, "Bulk problem " + i, "https://example.com/bulk/" + i,
                    ProblemDifficulty.values()[i % 3].name(), 1 + i % 3, 20, solved ? 1 : 0,
                    solved ? Date.valueOf(solvedOn) : null, solved ? Date.valueOf(solvedOn) : null,
                    resolveOn == null ? null : Date.valueOf(resolveOn), Timestamp.from(NOW.minusSeconds(i))});
        }
        jdbc.batchUpdate("insert into coding_problem (owner_id, title, url, difficulty, attempts, minutes_spent, "
                + "solves, first_solved_on, last_solved_on, resolve_on, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                problemRows);

        List<String> statuses = List.of("IDEA", "PLANNED", "IN_PROGRESS", "DONE", "ARCHIVED");
        for (int p = 0; p < PROJECTS; p++) {
            Long project = jdbc.queryForObject("insert into project (owner_id, title, status, created_at, updated_at) "
                    + "values (?, ?, ?, ?, ?) returning id", Long.class, me, "Bulk project " + p,
                    statuses.get(p % statuses.size()), Timestamp.from(NOW), Timestamp.from(NOW));
            List<Object[]> milestones = new ArrayList<>();
            for (int m = 0; m < 6; m++) {
                milestones.add(new Object[]{project, "Milestone " + m + " of " + p,
                        Date.valueOf(TODAY.plusDays(-3 + 5L * m)), m});
            }
            jdbc.batchUpdate("insert into project_milestone (project_id, title, due_date, position) values (?, ?, ?, ?)",
                    milestones);
            jdbc.update("insert into project_component (project_id, component_key, done) values (?, 'fine-tuning', true)",
                    project);
        }

        List<Object[]> events = new ArrayList<>();
        for (int d = 0; d < DAYS; d++) {
            Instant at = TODAY.minusDays(d).atTime(2, 0).toInstant(ZoneOffset.UTC);
            events.add(new Object[]{me, "PROBLEM_SOLVED", Timestamp.from(at)});
            events.add(new Object[]{me, "MILESTONE_DONE", Timestamp.from(at.plusSeconds(60))});
        }
        jdbc.batchUpdate("insert into activity_event (account_id, kind, subject_ko, subject_en, occurred_at) "
                + "values (?, ?, 'bulk', 'bulk', ?)", events);
        return due;
    }

    private int statementsFor(AtomicReference<Today> read) {
        statements.reset();
        read.set(todayService.today());
        return statements.count();
    }
}
