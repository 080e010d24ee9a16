package app.waypoint;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** Empties every table between tests, keeping the schema that the migrations built. */
@Component
public class TestDatabase {

    private final JdbcTemplate jdbc;

    TestDatabase(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void reset() {
        List<String> tables = jdbc.queryForList("""
                select quote_ident(table_name) from information_schema.tables
                where table_schema = 'public' and table_type = 'BASE TABLE'
                  and table_name <> 'flyway_schema_history'""", String.class);
        if (!tables.isEmpty()) {
            jdbc.execute("truncate " + String.join(", ", tables) + " restart identity cascade");
        }
    }
}
