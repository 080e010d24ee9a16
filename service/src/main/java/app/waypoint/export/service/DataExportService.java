package app.waypoint.export.service;

import app.waypoint.account.service.CurrentUser;
import app.waypoint.base.service.SpreadsheetCells;
import app.waypoint.export.domain.ExportedList;
import app.waypoint.export.domain.ExportedList.Field;
import app.waypoint.export.domain.ExportedList.Kind;
import app.waypoint.export.domain.ExportedLists;
import app.waypoint.export.domain.OwnedRows;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the signed-in person owns as one zip ({@link ExportedLists}): a JSON file that an import reads back,
 * and a CSV per list. Rows are numbered within their list from 1 and point at each other by those numbers, so a
 * file says nothing about database ids and two exports of the same data are the same file. One read-only
 * transaction, so the lists agree with each other even while the person goes on working in another tab.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class DataExportService {

    public static final String FORMAT = "waypoint-export";

    private final OwnedRows rows;
    private final CurrentUser currentUser;
    private final Clock clock;

    DataExportService(OwnedRows rows, CurrentUser currentUser, Clock clock) {
        this.rows = rows;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public ExportFile export(ExportProgress progress) {
        long me = currentUser.id();
        rows.useUtc();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ObjectNode root = ExportJson.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", ExportedLists.VERSION);
        root.put("exportedAt", now.toString());
        ObjectNode lists = root.putObject("lists");
        Map<String, Map<Long, Integer>> numbers = new HashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<ExportArchive.Csv> csvs = new ArrayList<>();
        for (ExportedList list : ExportedLists.ALL) {
            Collection<Long> parents = list.scope() == ExportedList.Scope.PARENT
                    ? numbers.get(list.parentList()).keySet() : List.of();
            List<ObjectNode> read = rows.read(list, me, parents).stream().map(ExportJson::row).toList();
            numbers.put(list.name(), numbered(list, read));
            ArrayNode written = lists.putArray(list.name());
            for (ObjectNode row : read) {
                renumber(list, row, numbers);
                written.add(row);
            }
            counts.put(list.name(), read.size());
            csvs.add(csvOf(list, read));
            progress.listWritten(counts.size(), ExportedLists.ALL.size());
        }
        byte[] zip = ExportArchive.write(ExportJson.write(root), csvs);
        return new ExportFile(zip, "waypoint-export-" + now.atOffset(ZoneOffset.UTC).toLocalDate() + ".zip", counts);
    }

    /** Each row's database id with its number in the file, 1 for the first. */
    private static Map<Long, Integer> numbered(ExportedList list, List<ObjectNode> read) {
        Map<Long, Integer> numbers = new HashMap<>();
        if (list.hasIds()) {
            for (ObjectNode row : read) {
                numbers.put(row.get("id").longValue(), numbers.size() + 1);
            }
        }
        return numbers;
    }

    /** Replaces database ids by numbers in the file; a row outside the export (a team project) becomes null. */
    private static void renumber(ExportedList list, ObjectNode row, Map<String, Map<Long, Integer>> numbers) {
        if (list.hasIds()) {
            row.put("id", numbers.get(list.name()).get(row.get("id").longValue()));
        }
        for (Field field : list.fields()) {
            JsonNode reference = row.get(field.name());
            if (field.kind() == Kind.LOCAL && !reference.isNull()) {
                Integer number = numbers.get(field.target()).get(reference.longValue());
                if (number == null) {
                    row.putNull(field.name());
                } else {
                    row.put(field.name(), number);
                }
            }
        }
    }

    private static ExportArchive.Csv csvOf(ExportedList list, List<ObjectNode> read) {
        List<String> header = list.fields().stream().map(Field::name).toList();
        List<List<String>> cells = read.stream().map(row -> header.stream().map(name -> {
            JsonNode value = row.get(name);
            return value == null || value.isNull() ? "" : SpreadsheetCells.escape(value.asString());
        }).toList()).toList();
        return new ExportArchive.Csv(list.name(), header, cells);
    }
}
