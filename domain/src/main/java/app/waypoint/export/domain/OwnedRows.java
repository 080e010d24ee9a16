package app.waypoint.export.domain;

import app.waypoint.export.domain.ExportedList.Field;
import app.waypoint.export.domain.ExportedList.Scope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads and writes the rows of {@link ExportedLists} as JSON objects, one statement per list on the way out. Table
 * and column names only ever come from {@link ExportedLists}, never from a file; values travel as bound JSON that
 * PostgreSQL turns into the columns' types.
 */
@Repository
public class OwnedRows {

    private final JdbcTemplate jdbc;

    OwnedRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes moments in UTC for the rest of the transaction, so a file reads the same on every instance. */
    public void useUtc() {
        jdbc.execute("set local time zone 'UTC'");
    }

    /**
     * The person's rows of a list as JSON objects with the list's fields, in the list's order: references to other
     * rows hold those rows' ids. A {@link Scope#PARENT} list reads the rows under {@code parentIds}.
     */
    public List<String> read(ExportedList list, long accountId, Collection<Long> parentIds) {
        if (list.scope() == Scope.PARENT && parentIds.isEmpty()) {
            return List.of();
        }
        String fields = list.fields().stream().map(field -> "'" + field.name() + "', " + expression(field))
                .collect(Collectors.joining(", "));
        String sql = "select json_build_object(" + fields + ")::text from " + list.table() + " t where "
                + scopeOf(list) + " order by " + list.orderBy();
        Object scope = list.scope() == Scope.OWNER ? accountId : parentIds.toArray(Long[]::new);
        return jdbc.query(sql, statement -> {
            if (scope instanceof Long[] ids) {
                statement.setArray(1, statement.getConnection().createArrayOf("bigint", ids));
            } else {
                statement.setLong(1, (Long) scope);
            }
        }, (row, number) -> row.getString(1));
    }

    /** How many rows of an {@link Scope#OWNER} list the person has. */
    public int count(ExportedList list, long accountId) {
        Integer count = jdbc.queryForObject("select count(*) from " + list.table() + " t where " + scopeOf(list),
                Integer.class, accountId);
        return count == null ? 0 : count;
    }

    /** Makes a row from a JSON object of column values; returns its id when the table has ids. */
    public Long insert(String table, List<String> columns, boolean returnsId, String values) {
        String names = String.join(", ", columns);
        String sql = "insert into " + table + " (" + names + ") select " + names
                + " from json_populate_record(null::" + table + ", cast(? as json))";
        if (returnsId) {
            return jdbc.queryForObject(sql + " returning id", Long.class, values);
        }
        jdbc.update(sql, values);
        return null;
    }

    /** Sets one column of a row made earlier, for references between rows of one list. */
    public void point(String table, String column, long id, long target) {
        jdbc.update("update " + table + " set " + column + " = ? where id = ?", target, id);
    }

    /** Changes the person's account row (the profile) from a JSON object of column values. */
    public void updateAccount(long accountId, List<String> columns, String values) {
        String names = String.join(", ", columns);
        jdbc.update("update account set (" + names + ") = (select " + names
                + " from json_populate_record(null::account, cast(? as json))), version = version + 1 where id = ?",
                values, accountId);
    }

    /** Deletes the person's rows of a table whose rows are the person's by {@code ownerColumn}. */
    public void deleteOwned(String table, String ownerColumn, long accountId) {
        jdbc.update("delete from " + table + " where " + ownerColumn + " = ?", accountId);
    }

    /** Holds the account row until the transaction ends, so two imports into one account run one after the other. */
    public void lockAccount(long accountId) {
        jdbc.queryForList("select id from account where id = ? for update", accountId);
    }

    /** The key of every skill, by key. */
    public Map<String, Long> skillIds() {
        return keyed("select key, id from skill");
    }

    /** Built-in roadmaps' ids by key: an import may point at these and at the roadmaps it makes, never others. */
    public Map<String, Long> builtInRoadmapIds() {
        return keyed("select key, id from roadmap where owner_id is null");
    }

    /** Built-in roadmap nodes' ids by {@code roadmap-key/node-key}. */
    public Map<String, Long> builtInNodeIds() {
        return keyed("select r.key || '/' || n.key, n.id from roadmap_node n join roadmap r on r.id = n.roadmap_id"
                + " where r.owner_id is null");
    }

    public boolean roadmapKeyTaken(String key) {
        Integer count = jdbc.queryForObject("select count(*) from roadmap where key = ?", Integer.class, key);
        return count != null && count > 0;
    }

    /** The longest text each limited column holds, by table and column: one read for a whole import. */
    public Map<String, Map<String, Integer>> textLimits() {
        Map<String, Map<String, Integer>> limits = new HashMap<>();
        jdbc.query("select table_name, column_name, character_maximum_length from information_schema.columns"
                + " where table_schema = current_schema() and character_maximum_length is not null", row -> {
                    limits.computeIfAbsent(row.getString(1), table -> new HashMap<>())
                            .put(row.getString(2), row.getInt(3));
                });
        return limits;
    }

    private Map<String, Long> keyed(String sql) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query(sql, row -> {
            ids.put(row.getString(1), row.getLong(2));
        });
        return ids;
    }

    private static String scopeOf(ExportedList list) {
        String scope = "t." + list.scopeColumn() + (list.scope() == Scope.OWNER ? " = ?" : " = any(?)");
        return list.condition() == null ? scope : scope + " and " + list.condition();
    }

    private static String expression(Field field) {
        String column = "t." + field.column();
        return switch (field.kind()) {
            case VALUE, LOCAL -> column;
            case INFORMATION -> field.column();
            case SKILL -> "(select s.key from skill s where s.id = " + column + ")";
            case ROADMAP -> "(select r.key from roadmap r where r.id = " + column + ")";
            case NODE -> "(select r.key || '/' || n.key from roadmap_node n join roadmap r on r.id = n.roadmap_id"
                    + " where n.id = " + column + ")";
        };
    }
}
