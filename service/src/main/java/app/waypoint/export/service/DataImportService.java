package app.waypoint.export.service;

import app.waypoint.account.service.CurrentUser;
import app.waypoint.export.domain.ExportedList;
import app.waypoint.export.domain.ExportedLists;
import app.waypoint.export.domain.OwnedRows;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Brings an export ({@link DataExportService}) into the signed-in person's account, all of it or nothing: a file
 * that is not an export, from a later version, hostile or inconsistent is refused with the reason, and so is an
 * account that already holds data of its own, since the file's rows have no keys to merge by. A preview runs the
 * whole import and rolls it back, so what it reports is exactly what importing does.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class DataImportService {

    /** The largest file an import reads. */
    public static final int MAX_FILE_BYTES = ExportArchive.MAX_FILE_BYTES;

    private final OwnedRows rows;
    private final CurrentUser currentUser;

    DataImportService(OwnedRows rows, CurrentUser currentUser) {
        this.rows = rows;
        this.currentUser = currentUser;
    }

    /** What importing the file would do; nothing is kept. */
    public ImportSummary preview(byte[] file) {
        ImportSummary summary = run(file);
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return summary;
    }

    public ImportSummary importFile(byte[] file) {
        return run(file);
    }

    private ImportSummary run(byte[] file) {
        long me = currentUser.id();
        JsonNode root = ExportJson.parse(ExportArchive.jsonOf(file));
        Map<String, JsonNode> lists = listsOf(root);
        rows.lockAccount(me);
        refuseIfAccountHasData(me);
        rows.useUtc();
        return new ExportRestore(rows, me, lists).restore(root.get("exportedAt").asString(""));
    }

    /** The file's lists by name, once it is known to be an export of a version this instance reads. */
    private static Map<String, JsonNode> listsOf(JsonNode root) {
        if (!root.isObject() || !DataExportService.FORMAT.equals(root.path("format").asString(null))) {
            throw new ImportRefusedException("export.import.not-an-export");
        }
        JsonNode version = root.path("version");
        if (!version.isIntegralNumber() || version.asLong() < 1) {
            throw new ImportRefusedException("export.import.not-an-export");
        }
        if (version.asLong() > ExportedLists.VERSION) {
            throw new ImportRefusedException("export.import.newer-version", version.asLong(), ExportedLists.VERSION);
        }
        JsonNode lists = root.path("lists");
        if (!lists.isObject()) {
            throw new ImportRefusedException("export.import.not-an-export");
        }
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> list : lists.properties()) {
            if (ExportedLists.named(list.getKey()).isEmpty()) {
                throw new ImportRefusedException("export.import.unknown-list", list.getKey());
            }
            if (!list.getValue().isArray()) {
                throw ImportRefusedException.inList("export.import.bad-list", list.getKey());
            }
            byName.put(list.getKey(), list.getValue());
        }
        return byName;
    }

    /**
     * Refuses an account with data of its own. The profile and review settings are replaced by the file's, and
     * application stages alone are the defaults made on first look at the applications page.
     */
    private void refuseIfAccountHasData(long me) {
        Map<String, Integer> existing = new LinkedHashMap<>();
        for (ExportedList list : ExportedLists.ALL) {
            if (list.restored() && !list.single() && list.scope() == ExportedList.Scope.OWNER
                    && !ExportRestore.REPLACED.contains(list.name())) {
                int count = rows.count(list, me);
                if (count > 0) {
                    existing.put(list.name(), count);
                }
            }
        }
        if (!existing.isEmpty()) {
            throw ImportRefusedException.accountHasData(existing);
        }
    }
}
