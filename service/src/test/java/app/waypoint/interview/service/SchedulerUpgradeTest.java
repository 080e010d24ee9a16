package app.waypoint.interview.service;

import app.waypoint.TestDatabase;
import app.waypoint.account.service.AccountFixtures;
import app.waypoint.account.service.CurrentUser;
import app.waypoint.interview.domain.ReviewGrade;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A card reviewed five times under the scheduler before FSRS-6 (its figures as that scheduler stored them) is
 * recomputed from its log once: the memory state, the due date and the log's own figures follow the same grades
 * on the same days; a second run changes nothing, and a card never reviewed keeps its due date.
 */
@SpringBootTest
class SchedulerUpgradeTest {

    /** Day, grade, and what the earlier scheduler stored: stability, difficulty, interval. */
    private static final Object[][] OLD_LOG = {
            {"2026-02-01", ReviewGrade.GOOD, 3.173, 5.282434422319005, 3},
            {"2026-02-04", ReviewGrade.GOOD, 10.73892584613159, 5.272967931287446, 11},
            {"2026-02-13", ReviewGrade.AGAIN, 2.1066515252224662, 8.170909306114632, 2},
            {"2026-02-13", ReviewGrade.HARD, 1.7692531122845223, 9.601837990617613, 2},
            {"2026-02-15", ReviewGrade.GOOD, 3.0673544449122687, 9.57250224317188, 3},
    };

    @Autowired SchedulerUpgrade upgrade;
    @Autowired AccountFixtures accounts;
    @Autowired CurrentUser currentUser;
    @Autowired TestDatabase database;
    @Autowired JdbcTemplate jdbc;

    long owner;

    @BeforeEach
    void someoneWithCards() {
        database.reset();
        accounts.signUpAndLogIn("veteran@example.com");
        owner = currentUser.id();
    }

    @AfterEach
    void logOut() {
        AccountFixtures.logOut();
    }

    @Test
    void aCardReviewedUnderTheEarlierSchedulerIsRecomputedFromItsLogOnce() {
        long reviewed = oldCard("Explain attention", LocalDate.parse("2026-02-18"), 3.0673544449122687,
                9.57250224317188, LocalDate.parse("2026-02-15"));
        for (Object[] step : OLD_LOG) {
            jdbc.update("insert into card_review (card_id, owner_id, reviewed_on, grade, stability, difficulty, "
                            + "interval_days, reviewed_at, phase_before, step_before) "
                            + "values (?, ?, ?, ?, ?, ?, ?, now(), 'REVIEW', 0)", reviewed, owner,
                    Date.valueOf((String) step[0]), ((ReviewGrade) step[1]).name(), step[2], step[3], step[4]);
        }
        long untouched = oldCard("Never reviewed", LocalDate.parse("2026-03-01"), null, null, null);

        assertThat(upgrade.upgradeAll()).isEqualTo(2);

        Fsrs fsrs = new Fsrs();
        MemoryState expected = null;
        LocalDate last = null;
        int interval = 0;
        List<Map<String, Object>> log = jdbc.queryForList(
                "select stability, difficulty, interval_days from card_review where card_id = ? order by id", reviewed);
        for (int i = 0; i < OLD_LOG.length; i++) {
            LocalDate day = LocalDate.parse((String) OLD_LOG[i][0]);
            ReviewGrade grade = (ReviewGrade) OLD_LOG[i][1];
            long elapsed = last == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(last, day);
            expected = expected == null ? fsrs.first(grade) : fsrs.next(expected, elapsed, grade);
            interval = IntervalFuzz.apply(fsrs.intervalDays(expected), elapsed, IntervalFuzz.seed(reviewed, i));
            last = day;
            assertThat((double) log.get(i).get("stability")).as("step %d", i)
                    .isCloseTo(expected.stability(), within(1e-9));
            assertThat((double) log.get(i).get("difficulty")).isCloseTo(expected.difficulty(), within(1e-9));
            assertThat(log.get(i).get("interval_days")).as("fuzzed as a review would be").isEqualTo(interval);
        }
        Map<String, Object> card = card(reviewed);
        assertThat((double) card.get("stability")).isCloseTo(expected.stability(), within(1e-9))
                .as("FSRS-6 differs from what the earlier scheduler stored").isNotCloseTo(3.0673544449122687,
                        within(1e-6));
        assertThat((double) card.get("difficulty")).isCloseTo(expected.difficulty(), within(1e-9));
        assertThat(card.get("due_on")).isEqualTo(Date.valueOf(last.plusDays(interval)));
        assertThat(card.get("last_review")).isEqualTo(Date.valueOf(last));
        assertThat(card.get("reviews")).isEqualTo(5);
        assertThat(card.get("lapses")).isEqualTo(1);
        assertThat(card.get("scheduler")).isEqualTo(6);

        Map<String, Object> fresh = card(untouched);
        assertThat(fresh.get("stability")).isNull();
        assertThat(fresh.get("due_on")).isEqualTo(Date.valueOf("2026-03-01"));
        assertThat(fresh.get("scheduler")).isEqualTo(6);

        String before = jdbc.queryForList("select * from question_card order by id").toString()
                + jdbc.queryForList("select * from card_review order by id");
        assertThat(upgrade.upgradeAll()).as("a second run finds nothing to do").isZero();
        assertThat(jdbc.queryForList("select * from question_card order by id").toString()
                + jdbc.queryForList("select * from card_review order by id")).isEqualTo(before);
    }

    private long oldCard(String question, LocalDate due, Double stability, Double difficulty, LocalDate lastReview) {
        int reviews = lastReview == null ? 0 : OLD_LOG.length;
        return jdbc.queryForObject("insert into question_card (owner_id, category, question, stability, difficulty, "
                        + "due_on, last_review, reviews, lapses, created_at, scheduler) values (?, 'ML', ?, ?, ?, ?, ?, ?, ?, "
                        + "now(), 5) returning id", Long.class, owner, question, stability, difficulty, Date.valueOf(due),
                lastReview == null ? null : Date.valueOf(lastReview), reviews, lastReview == null ? 0 : 1);
    }

    private Map<String, Object> card(long id) {
        return jdbc.queryForMap("select * from question_card where id = ?", id);
    }
}
