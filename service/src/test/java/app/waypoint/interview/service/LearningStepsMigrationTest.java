package app.waypoint.interview.service;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cards and reviews from before learning steps: a reviewed card is in review, a card never reviewed is new, and
 * each card's first logged review found it new and the later ones in review. The migration runs on data of the
 * schema before it, in a schema of its own.
 */
@SpringBootTest
class LearningStepsMigrationTest {

    private static final String SCHEMA = "before_learning_steps";

    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;

    @Test
    void reviewedCardsAreInReviewAndTheirLogsKnowWhatEachReviewFound() {
        try {
            migrate("14");
            jdbc.update("insert into " + SCHEMA + ".account (email, display_name, password_hash, role, time_zone, "
                    + "created_at, password_changed_at) values ('old@example.com', 'x', 'x', 'USER', 'UTC', now(), now())");
            long reviewed = card("Reviewed", 3.2, 5.1);
            long fresh = card("Never reviewed", null, null);
            for (String day : List.of("2026-02-01", "2026-02-03", "2026-02-03", "2026-02-10")) {
                jdbc.update("insert into " + SCHEMA + ".card_review (card_id, owner_id, reviewed_on, grade, stability, "
                        + "difficulty, interval_days, reviewed_at) select id, owner_id, ?::date, 'GOOD', 3, 5, 2, "
                        + "?::date + interval '9 hours' from " + SCHEMA + ".question_card where id = ?", day, day, reviewed);
            }

            migrate("15");

            assertThat(jdbc.queryForList("select phase from " + SCHEMA + ".question_card order by id", String.class))
                    .containsExactly("REVIEW", "NEW");
            assertThat(jdbc.queryForList("select phase_before from " + SCHEMA + ".card_review where card_id = ? "
                    + "order by reviewed_at, id", String.class, reviewed))
                    .containsExactly("NEW", "REVIEW", "REVIEW", "REVIEW");
            assertThat(jdbc.queryForObject("select count(*) from " + SCHEMA + ".question_card where step_due_at is null "
                    + "and step = 0", Integer.class)).isEqualTo(2);
            assertThat(fresh).isGreaterThan(reviewed);
        } finally {
            jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    private long card(String question, Double stability, Double difficulty) {
        jdbc.update("insert into " + SCHEMA + ".question_card (owner_id, category, question, stability, difficulty, "
                + "due_on, last_review, created_at) select id, 'ML', ?, ?, ?, date '2026-03-01', "
                + "case when ? then date '2026-02-10' end, now() from " + SCHEMA + ".account",
                question, stability, difficulty, stability != null);
        return jdbc.queryForObject("select max(id) from " + SCHEMA + ".question_card", Long.class);
    }

    private void migrate(String target) {
        Flyway.configure().dataSource(dataSource).schemas(SCHEMA).locations("classpath:db/migration")
                .target(target).load().migrate();
    }
}
