package app.waypoint;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;


/**
 * Removes everything people created between tests. Built-in content (skills, built-in roadmaps) stays, as
 * it would on a real instance; everything personal hangs off an account and goes with it, and study groups
 * are removed with their memberships.
 */
@Component
public class TestDatabase {

    private final JdbcTemplate jdbc;

    TestDatabase(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void reset() {
        jdbc.update("delete from study_group");
        jdbc.update("delete from sign_up_invite");
        jdbc.update("delete from account");
        jdbc.update("update instance_settings set registration_mode = 'OPEN'");
        jdbc.update("delete from attempt_limit");
        jdbc.update("delete from signed_in_session");
        jdbc.update("delete from cluster_job");
        // the log refuses deletes row by row; between tests it is emptied as a whole
        jdbc.update("truncate security_event");
    }
}
