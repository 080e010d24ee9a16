package app.waypoint.account.service;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The context starts only when Hibernate validates the entities against the schema the migrations built
 * ({@code ddl-auto=validate}); this checks the migrations themselves.
 */
@SpringBootTest
class MigrationsTest {

    @Autowired Flyway flyway;
    @Autowired JdbcTemplate jdbc;

    @Test
    void allMigrationsApplyToAnEmptyDatabase() {
        var info = flyway.info();
        assertThat(info.pending()).isEmpty();
        assertThat(info.applied()).extracting(migration -> migration.getVersion().getVersion()).contains("001");
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 18");
    }

    @Test
    void emailsAreUniqueWhateverTheirCaseEvenBelowTheServices() {
        var insert = """
                insert into account (email, display_name, password_hash, role, time_zone, created_at,
                                     password_changed_at)
                values (?, 'x', 'x', 'USER', 'UTC', now(), now())""";
        jdbc.update(insert, "case@example.com");
        try {
            assertThatThrownBy(() -> jdbc.update(insert, "CASE@example.com"))
                    .isInstanceOf(DuplicateKeyException.class);
        } finally {
            jdbc.update("delete from account where lower(email) = 'case@example.com'");
        }
    }
}
