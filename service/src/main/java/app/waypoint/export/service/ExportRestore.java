package app.waypoint.export.service;

import app.waypoint.base.service.TextInput;
import app.waypoint.export.domain.ExportedList;
import app.waypoint.export.domain.ExportedList.Field;
import app.waypoint.export.domain.ExportedLists;
import app.waypoint.export.domain.OwnedRows;
import app.waypoint.interview.domain.Competency;
import app.waypoint.roadmap.service.RoadmapKeys;
import org.springframework.dao.DataAccessException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One import's work: the file's lists made into rows of one account, in the order of {@link ExportedLists}, each
 * entry checked before it is written. Entries point at each other by their numbers in the file; this remembers the
 * row each number became. References to shared content go by key, and only to built-in content or to what this
 * import made, so a file cannot reach another person's roadmap.
 */
final class ExportRestore {

    /** Lists an import replaces rather than adds to: application stages are made with defaults on first use. */
    static final Set<String> REPLACED = Set.of("application_stage");
    static final int MAX_ENTRIES_PER_LIST = 100_000;

    private final OwnedRows rows;
    private final long me;
    private final Map<String, JsonNode> lists;
    /** by list: the row each entry number became */
    private final Map<String, Map<Long, Long>> made = new HashMap<>();
    /** by list: entry numbers left out, so that what points at them is left out too */
    private final Map<String, Set<Long>> left = new HashMap<>();
    private final Map<String, Long> skills;
    private final Map<String, Long> builtInRoadmaps;
    private final Map<String, Long> builtInNodes;
    private final Map<String, Map<String, Integer>> textLimits;
    /** the file's key of each own roadmap, by entry number, and the rows made for its roadmaps and nodes by key */
    private final Map<Long, String> roadmapKeys = new HashMap<>();
    private final Map<String, Long> ownRoadmaps = new HashMap<>();
    private final Map<String, Long> ownNodes = new HashMap<>();
    private int skipped;

    ExportRestore(OwnedRows rows, long me, Map<String, JsonNode> lists) {
        this.rows = rows;
        this.me = me;
        this.lists = lists;
        this.skills = rows.skillIds();
        this.builtInRoadmaps = rows.builtInRoadmapIds();
        this.builtInNodes = rows.builtInNodeIds();
        this.textLimits = rows.textLimits();
    }

    ImportSummary restore(String exportedAt) {
        Map<String, Integer> restored = new LinkedHashMap<>();
        Map<String, Integer> notRestored = new LinkedHashMap<>();
        for (ExportedList list : ExportedLists.ALL) {
            JsonNode entries = lists.get(list.name());
            int size = entries == null ? 0 : entries.size();
            if (!list.restored()) {
                if (size > 0) {
                    notRestored.put(list.name(), size);
                }
                continue;
            }
            int count = restore(list, entries == null ? List.of() : List.copyOf(entries.values()));
            if (count > 0) {
                restored.put(list.name(), count);
            }
        }
        return new ImportSummary(exportedAt, restored, skipped, notRestored);
    }

    private int restore(ExportedList list, List<JsonNode> entries) {
        if (entries.size() > MAX_ENTRIES_PER_LIST || (list.single() && entries.size() > 1)) {
            throw ImportRefusedException.inList("export.import.too-many-entries-in", list.name());
        }
        Map<String, Integer> limits = textLimits.getOrDefault(list.table(), Map.of());
        Map<Long, Long> rowsOfList = new HashMap<>();
        made.put(list.name(), rowsOfList);
        left.put(list.name(), new HashSet<>());
        if (!entries.isEmpty() && (REPLACED.contains(list.name()) || list.single()) && list.ownerColumn() != null) {
            rows.deleteOwned(list.table(), list.ownerColumn(), me);
        }
        List<long[]> pointers = new ArrayList<>();
        int count = 0;
        for (int index = 1; index <= entries.size(); index++) {
            EntryValues entry = valuesOf(list, entries.get(index - 1), index, limits);
            if (entry == null) {
                continue;
            }
            Long row = write(list, entry.values(), index);
            count++;
            if (entry.number() != null) {
                rowsOfList.put(entry.number(), row);
                remember(list, entry, row);
            }
            if (entry.pointsAt() != null) {
                pointers.add(new long[] {row, entry.pointsAt(), index});
            }
        }
        for (long[] pointer : pointers) {
            Long target = rowsOfList.get(pointer[1]);
            if (target == null) {
                throw ImportRefusedException.inList("export.import.dangling", list.name(), pointer[2]);
            }
            rows.point(list.table(), selfReference(list).column(), pointer[0], target);
        }
        return count;
    }

    /** The values of one entry by column, or null when the entry is left out. */
    private EntryValues valuesOf(ExportedList list, JsonNode entry, int index, Map<String, Integer> limits) {
        if (!entry.isObject()) {
            throw ImportRefusedException.inList("export.import.bad-entry", list.name(), index);
        }
        for (String name : entry.propertyNames()) {
            if (list.field(name).isEmpty()) {
                throw ImportRefusedException.inList("export.import.unknown-field", list.name(), index, name);
            }
        }
        ObjectNode values = ExportJson.MAPPER.createObjectNode();
        Long number = null;
        Long pointsAt = null;
        for (Field field : list.fields()) {
            JsonNode value = entry.get(field.name());
            value = value == null ? values.nullNode() : value;
            check(list, index, field, value, limits);
            if (!field.imported()) {
                continue;
            }
            if (field.name().equals("id")) {
                number = number(list, index, field, value);
                if (made.get(list.name()).containsKey(number) || left.get(list.name()).contains(number)) {
                    throw ImportRefusedException.inList("export.import.bad-reference", list.name(), index, "id");
                }
                continue;
            }
            switch (field.kind()) {
                case VALUE -> values.set(field.column(), value);
                case LOCAL -> {
                    if (value.isNull()) {
                        values.putNull(field.column());
                    } else if (field.target().equals(list.name())) {
                        pointsAt = number(list, index, field, value);
                        values.putNull(field.column());
                    } else {
                        long target = number(list, index, field, value);
                        if (left.get(field.target()).contains(target)) {
                            return leftOut(list, number);
                        }
                        Long row = made.get(field.target()).get(target);
                        if (row == null) {
                            throw ImportRefusedException.inList("export.import.dangling", list.name(), index);
                        }
                        values.put(field.column(), row);
                    }
                }
                case SKILL, ROADMAP, NODE -> {
                    if (value.isNull()) {
                        values.putNull(field.column());
                    } else {
                        Long row = shared(field, value.asString());
                        if (row == null) {
                            return leftOut(list, number);
                        }
                        values.put(field.column(), row);
                    }
                }
                case INFORMATION -> {
                    // written for the reader only
                }
            }
        }
        if (list.ownerColumn() != null) {
            values.put(list.ownerColumn(), me);
        }
        checkMeaning(list, index, values);
        return new EntryValues(number, pointsAt, values, entry);
    }

    private record EntryValues(Long number, Long pointsAt, ObjectNode values, JsonNode entry) {
    }

    private EntryValues leftOut(ExportedList list, Long number) {
        skipped++;
        if (number != null) {
            left.get(list.name()).add(number);
        }
        return null;
    }

    /** Text as the database and the screens can hold it; everything else one JSON value, never an object. */
    private static void check(ExportedList list, int index, Field field, JsonNode value, Map<String, Integer> limits) {
        if (value.isContainer()) {
            throw ImportRefusedException.inList("export.import.bad-value", list.name(), index, field.name());
        }
        if (value.isString()) {
            String text = value.stringValue();
            if (TextInput.hasHiddenCharacters(text)) {
                throw ImportRefusedException.inList("export.import.hidden-characters", list.name(), index, field.name());
            }
            Integer limit = limits.get(field.column());
            if (limit != null && text.codePointCount(0, text.length()) > limit) {
                throw ImportRefusedException.inList("export.import.too-long", list.name(), index, field.name(), limit);
            }
        }
    }

    /** What PostgreSQL would store but the screens could not read. */
    private static void checkMeaning(ExportedList list, int index, ObjectNode values) {
        try {
            if (list.name().equals("profile") && values.hasNonNull("time_zone")) {
                ZoneId.of(values.get("time_zone").asString());
            }
            if (list.name().equals("star_story") && values.hasNonNull("competencies")) {
                String competencies = values.get("competencies").asString();
                for (String competency : competencies.isBlank() ? new String[0] : competencies.split(",")) {
                    Competency.valueOf(competency);
                }
            }
        } catch (DateTimeException | IllegalArgumentException unreadable) {
            throw ImportRefusedException.inList("export.import.bad-entry", list.name(), index);
        }
    }

    private static long number(ExportedList list, int index, Field field, JsonNode value) {
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 1) {
            throw ImportRefusedException.inList("export.import.bad-reference", list.name(), index, field.name());
        }
        return value.asLong();
    }

    private Long shared(Field field, String key) {
        return switch (field.kind()) {
            case SKILL -> skills.get(key);
            case ROADMAP -> ownRoadmaps.getOrDefault(key, builtInRoadmaps.get(key));
            case NODE -> ownNodes.getOrDefault(key, builtInNodes.get(key));
            default -> throw new IllegalArgumentException(field.toString());
        };
    }

    private Long write(ExportedList list, ObjectNode values, int index) {
        if (list.name().equals("roadmap") && values.hasNonNull("key") && rows.roadmapKeyTaken(values.get("key").asString())) {
            values.put("key", freshKey(values.get("key").asString()));
        }
        List<String> columns = new ArrayList<>(values.propertyNames());
        try {
            if (list.table().equals("account")) {
                rows.updateAccount(me, columns, values.toString());
                return me;
            }
            return rows.insert(list.table(), columns, list.hasIds(), values.toString());
        } catch (DataAccessException refused) {
            throw ImportRefusedException.inList("export.import.bad-entry", list.name(), index);
        }
    }

    /** Own roadmaps and their nodes are found again by the keys the file uses for them. */
    private void remember(ExportedList list, EntryValues entry, long row) {
        if (list.name().equals("roadmap")) {
            String key = entry.entry().path("key").asString();
            roadmapKeys.put(entry.number(), key);
            ownRoadmaps.put(key, row);
        } else if (list.name().equals("roadmap_node")) {
            String roadmapKey = roadmapKeys.get(entry.entry().path("roadmap_id").asLong());
            ownNodes.put(roadmapKey + "/" + entry.entry().path("key").asString(), row);
        }
    }

    private static Field selfReference(ExportedList list) {
        return list.fields().stream().filter(field -> list.name().equals(field.target())).findFirst().orElseThrow();
    }

    /** Another person on this instance has the key (or this person, from an earlier copy): a new one like it. */
    private String freshKey(String key) {
        String candidate;
        do {
            candidate = RoadmapKeys.forRoadmap(key);
        } while (rows.roadmapKeyTaken(candidate));
        return candidate;
    }
}
