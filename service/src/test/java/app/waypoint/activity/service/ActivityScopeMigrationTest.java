package app.waypoint.activity.service;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events written before they carried their scope: the migration finds the topic each "finished" was about,
 * keeps one per topic and person, drops what was reopened, and gives team-project milestones their group. Run
 * on data of the schema before it, in a schema of its own.
 */
@SpringBootTest
class ActivityScopeMigrationTest {

    private static final String SCHEMA = "before_activity_scope";

    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;

    @Test
    void oldEventsGetTheirTopicOrGroupAndToggledTopicsCountOnce() {
        try {
            migrate("10");
            long account = insert("insert into %s.account (email, display_name, password_hash, role, time_zone, "
                    + "created_at, password_changed_at) values ('old@example.com', 'x', 'x', 'USER', 'UTC', now(), "
                    + "now()) returning id");
            long builtIn = roadmap("built-in", null);
            long fork = roadmap("fork", account);
            long topic = topic(builtIn, "python", "파이썬", "Python");
            long forkTopic = topic(fork, "python", "파이썬", "Python");
            long reopened = topic(builtIn, "docker", "도커", "Docker");
            progress(account, topic, "DONE");
            progress(account, forkTopic, "DONE");
            progress(account, reopened, "NOT_STARTED");
            for (int minute = 1; minute <= 3; minute++) {
                event(account, "TOPIC_DONE", "파이썬", "Python", minute);
            }
            event(account, "TOPIC_DONE", "도커", "Docker", 4);
            long group = insert("insert into %s.study_group (name, created_at) values ('Study', now()) returning id");
            long team = insert("insert into %s.project (group_id, title, status, created_at, updated_at) values ("
                    + group + ", 'Team', 'IDEA', now(), now()) returning id");
            long own = insert("insert into %s.project (owner_id, title, status, created_at, updated_at) values ("
                    + account + ", 'Mine', 'IDEA', now(), now()) returning id");
            insert("insert into %s.project_milestone (project_id, title, position) values (" + team
                    + ", 'Beta', 0) returning id");
            insert("insert into %s.project_milestone (project_id, title, position) values (" + own
                    + ", 'Demo', 0) returning id");
            event(account, "MILESTONE_DONE", "Team: Beta", "Team: Beta", 5);
            event(account, "MILESTONE_DONE", "Mine: Demo", "Mine: Demo", 6);

            migrate("11");

            List<Map<String, Object>> topics = jdbc.queryForList("select topic_id, roadmap_id, occurred_at from "
                    + SCHEMA + ".activity_event where kind = 'TOPIC_DONE'");
            assertThat(topics).singleElement().satisfies(row -> {
                assertThat(row.get("topic_id")).as("the built-in topic, not the fork's").isEqualTo(topic);
                assertThat(row.get("roadmap_id")).isEqualTo(builtIn);
            });
            assertThat(jdbc.queryForObject("select extract(minute from occurred_at)::int from " + SCHEMA
                    + ".activity_event where kind = 'TOPIC_DONE'", Integer.class)).as("the first one is kept")
                    .isEqualTo(1);
            assertThat(jdbc.queryForList("select subject_en, coalesce(group_id, 0) as group_id from " + SCHEMA
                    + ".activity_event where kind = 'MILESTONE_DONE' order by occurred_at")).containsExactly(
                    Map.of("subject_en", "Team: Beta", "group_id", group),
                    Map.of("subject_en", "Mine: Demo", "group_id", 0L));
        } finally {
            jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    private long roadmap(String key, Long owner) {
        return insert("insert into %s.roadmap (key, owner_id, title_ko, title_en, created_at) values ('" + key
                + "', " + owner + ", 'r', 'r', now()) returning id");
    }

    private long topic(long roadmap, String key, String ko, String en) {
        long stage = insert("insert into %s.roadmap_node (roadmap_id, key, kind, position, title_ko, title_en) "
                + "values (" + roadmap + ", 'stage-" + key + "', 'STAGE', 0, 's', 's') returning id");
        return insert("insert into %s.roadmap_node (roadmap_id, parent_id, key, kind, position, title_ko, title_en) "
                + "values (" + roadmap + ", " + stage + ", '" + key + "', 'TOPIC', 0, '" + ko + "', '" + en
                + "') returning id");
    }

    private void progress(long account, long node, String status) {
        insert("insert into %s.node_progress (account_id, node_id, status, updated_at) values (" + account + ", "
                + node + ", '" + status + "', now()) returning id");
    }

    private void event(long account, String kind, String ko, String en, int minute) {
        jdbc.update("insert into " + SCHEMA + ".activity_event (account_id, kind, subject_ko, subject_en, occurred_at) "
                + "values (?, ?, ?, ?, timestamptz '2026-03-02 10:00:00+00' + make_interval(mins => ?))",
                account, kind, ko, en, minute);
    }

    private long insert(String sql) {
        return jdbc.queryForObject(sql.formatted(SCHEMA), Long.class);
    }

    private void migrate(String target) {
        Flyway.configure().dataSource(dataSource).schemas(SCHEMA).locations("classpath:db/migration")
                .target(target).load().migrate();
    }
}
