package app.waypoint.portfolio.service;

import app.waypoint.portfolio.domain.ResultDirection;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Results recorded before a result knew which way is better get the direction their unit suggests, the same as
 * a new result would: the migration is run on results of the schema before it, in a schema of its own.
 */
@SpringBootTest
class ResultDirectionMigrationTest {

    private static final String SCHEMA = "before_result_direction";

    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;

    @Test
    void existingResultsGetTheDirectionTheirUnitSuggests() {
        try {
            aProjectOfTheSchemaBefore();
            String[] units = {"ms", " MS ", "s", "원", "$", "errors", "% error", "%", "rps", "users", null};
            for (int i = 0; i < units.length; i++) {
                jdbc.update("insert into " + SCHEMA + ".project_result (project_id, metric, after_value, unit, position) "
                        + "select id, ?, 1, ?, ? from " + SCHEMA + ".project", "metric " + i, units[i], i);
            }

            migrate("12");

            Map<String, String> expected = new LinkedHashMap<>();
            Map<String, String> migrated = new LinkedHashMap<>();
            for (int i = 0; i < units.length; i++) {
                expected.put("metric " + i, ResultDirection.suggestedFor(units[i]).name());
            }
            jdbc.query("select metric, direction from " + SCHEMA + ".project_result order by position",
                    row -> { migrated.put(row.getString(1), row.getString(2)); });
            assertThat(migrated).isEqualTo(expected);
            assertThat(Arrays.stream(units).map(ResultDirection::suggestedFor)).containsExactly(
                    ResultDirection.LOWER_IS_BETTER, ResultDirection.LOWER_IS_BETTER, ResultDirection.LOWER_IS_BETTER,
                    ResultDirection.LOWER_IS_BETTER, ResultDirection.LOWER_IS_BETTER, ResultDirection.LOWER_IS_BETTER,
                    ResultDirection.LOWER_IS_BETTER, ResultDirection.HIGHER_IS_BETTER,
                    ResultDirection.HIGHER_IS_BETTER, ResultDirection.HIGHER_IS_BETTER,
                    ResultDirection.HIGHER_IS_BETTER);
        } finally {
            jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    @Test
    void everyUnitTheCodeCountsDownTheMigrationCountsDownToo() {
        try {
            aProjectOfTheSchemaBefore();
            int position = 0;
            for (String unit : ResultDirection.LOWER_IS_BETTER_UNITS) {
                jdbc.update("insert into " + SCHEMA + ".project_result (project_id, metric, after_value, unit, position) "
                        + "select id, ?, 1, ?, ? from " + SCHEMA + ".project", unit, unit, position++);
            }

            migrate("12");

            assertThat(jdbc.queryForList("select distinct direction from " + SCHEMA + ".project_result", String.class))
                    .containsExactly(ResultDirection.LOWER_IS_BETTER.name());
        } finally {
            jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    /** The schema as it was before results had a direction, with one person's project to record results on. */
    private void aProjectOfTheSchemaBefore() {
        migrate("10");
        jdbc.update("insert into " + SCHEMA + ".account (email, display_name, password_hash, role, time_zone, "
                + "created_at, password_changed_at) values ('old@example.com', 'x', 'x', 'USER', 'UTC', now(), now())");
        jdbc.update("insert into " + SCHEMA + ".project (owner_id, title, status, created_at, updated_at) "
                + "select id, 'Old', 'IDEA', now(), now() from " + SCHEMA + ".account");
    }

    private void migrate(String target) {
        Flyway.configure().dataSource(dataSource).schemas(SCHEMA).locations("classpath:db/migration")
                .target(target).load().migrate();
    }
}
