package app.waypoint.backup.ui;

import java.util.List;

/**
 * What a backup file holds, written into it as {@value #ENTRY}: the schema version the data belongs to, and per
 * table its columns (in the order of the data), row count and the SHA-256 of its data entry, so that a restore
 * can tell a damaged file before it writes anything.
 */
record BackupManifest(String format, int formatVersion, String schemaVersion, String takenAt,
                      List<TableData> tables) {

    static final String ENTRY = "manifest.json";
    static final String FORMAT = "waypoint-backup";
    static final int FORMAT_VERSION = 1;

    /** One table's data: PostgreSQL's COPY text format, in the entry {@link #entry()}. */
    record TableData(String name, List<String> columns, long rows, String sha256) {

        String entry() {
            return "tables/" + name + ".copy";
        }
    }

    long rows() {
        return tables.stream().mapToLong(TableData::rows).sum();
    }
}
