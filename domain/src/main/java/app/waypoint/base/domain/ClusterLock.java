package app.waypoint.base.domain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lock all app instances share, held by a PostgreSQL advisory lock until the caller's transaction ends: work that
 * two instances starting at once would both do (loading the built-in content) is done by one, then found done.
 */
@Repository
public class ClusterLock {

    private final JdbcTemplate jdbc;

    ClusterLock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for the lock of this name, held until the current transaction commits or rolls back. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void holdUntilCommit(String name) {
        jdbc.query("select pg_advisory_xact_lock(hashtext(?))", (ResultSetExtractor<Void>) result -> null, name);
    }
}
