package app.waypoint.base.domain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Turns of the scheduled jobs, shared by every app instance through the database: each instance's scheduler fires,
 * and only the one that claims the turn runs the job.
 */
@Repository
public class ClusterJobs {

    private final JdbcTemplate jdbc;

    ClusterJobs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the job's turn at {@code now} unless it was claimed less than {@code gap} before, in one statement two
     * instances cannot both win. The gap is shorter than the job's period, so clocks a little apart still share
     * each turn.
     */
    public boolean claim(String job, Instant now, Duration gap) {
        return jdbc.update("""
                insert into cluster_job as j (name, claimed_at) values (?, ?)
                on conflict (name) do update set claimed_at = excluded.claimed_at where j.claimed_at <= ?
                """, job, Timestamp.from(now), Timestamp.from(now.minus(gap))) == 1;
    }
}
