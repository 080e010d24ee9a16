package app.waypoint.export.service;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The zip an export travels in: {@link #JSON_ENTRY} with everything, and a CSV per list for spreadsheets. Reading
 * trusts nothing in the file: it counts what it inflates, refuses names that climb out of the archive, and stops
 * at the limits before holding more than they allow.
 */
final class ExportArchive {

    static final String JSON_ENTRY = "waypoint-export.json";
    /** Far above a large account's export (about 2 MB for 1,000 cards with their reviews). */
    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    static final long MAX_INFLATED_BYTES = 64L * 1024 * 1024;
    static final int MAX_ENTRIES = 200;

    private ExportArchive() {
    }

    /** One CSV of a zip: its name under {@code csv/}, a header and the rows. */
    record Csv(String name, List<String> header, List<List<String>> rows) {
    }

    static byte[] write(byte[] json, List<Csv> lists) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry(JSON_ENTRY));
            zip.write(json);
            zip.closeEntry();
            for (Csv csv : lists) {
                zip.putNextEntry(new ZipEntry("csv/" + csv.name() + ".csv"));
                // a byte-order mark, so spreadsheet programs read Korean as UTF-8
                zip.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(zip, StandardCharsets.UTF_8),
                        CSVFormat.DEFAULT.builder().setHeader(csv.header().toArray(String[]::new)).get());
                for (List<String> row : csv.rows()) {
                    printer.printRecord(row);
                }
                printer.flush();
                zip.closeEntry();
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    /** The export's JSON from a zip, or a refusal saying what is wrong with the file. */
    static byte[] jsonOf(byte[] file) {
        if (file.length > MAX_FILE_BYTES) {
            throw new ImportRefusedException("export.import.too-big", MAX_FILE_BYTES / (1024 * 1024));
        }
        byte[] json = null;
        long inflated = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new ImportRefusedException("export.import.too-many-entries", MAX_ENTRIES);
                }
                String name = entry.getName();
                if (climbsOut(name)) {
                    throw new ImportRefusedException("export.import.unsafe-path", name);
                }
                boolean wanted = name.equals(JSON_ENTRY);
                if (wanted && json != null) {
                    throw new ImportRefusedException("export.import.not-an-export");
                }
                ByteArrayOutputStream kept = wanted ? new ByteArrayOutputStream() : null;
                inflated += copyAtMost(zip, kept, MAX_INFLATED_BYTES - inflated);
                if (inflated > MAX_INFLATED_BYTES) {
                    throw new ImportRefusedException("export.import.inflates-too-much", MAX_INFLATED_BYTES / (1024 * 1024));
                }
                if (wanted) {
                    json = kept.toByteArray();
                }
            }
        } catch (IOException | IllegalArgumentException broken) {
            // a damaged or cut-off zip, or an entry name that is not valid UTF-8
            throw new ImportRefusedException("export.import.broken-zip");
        }
        if (json == null) {
            throw new ImportRefusedException("export.import.not-an-export");
        }
        return json;
    }

    /** Copies at most {@code limit + 1} bytes (into {@code kept} when given); returns how many it read. */
    private static long copyAtMost(InputStream in, ByteArrayOutputStream kept, long limit) throws IOException {
        byte[] buffer = new byte[8192];
        long total = 0;
        int read;
        while (total <= limit && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - total))) > 0) {
            total += read;
            if (kept != null) {
                kept.write(buffer, 0, read);
            }
        }
        return total;
    }

    /** An absolute path, a drive, a step up or a control character: nothing an export of ours holds. */
    static boolean climbsOut(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")) {
            return true;
        }
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return name.chars().anyMatch(Character::isISOControl);
    }
}
