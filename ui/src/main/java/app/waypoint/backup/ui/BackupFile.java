package app.waypoint.backup.ui;

import app.waypoint.backup.ui.BackupManifest.TableData;
import tools.jackson.core.JacksonException;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A backup file opened for a restore. {@link #open} reads all of it once and refuses a file that is not a
 * Waypoint backup, is cut short, or whose data does not match its manifest, before anything is written anywhere.
 */
final class BackupFile implements Closeable {

    private final Path path;
    private final ZipFile zip;
    private final BackupManifest manifest;

    private BackupFile(Path path, ZipFile zip, BackupManifest manifest) {
        this.path = path;
        this.zip = zip;
        this.manifest = manifest;
    }

    static BackupFile open(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new BackupRefused("There is no backup file " + path);
        }
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (IOException e) {
            throw damaged(path, "it is not a complete zip file", e);
        }
        try {
            BackupFile file = new BackupFile(path, zip, readManifest(path, zip));
            file.verifyEveryTable();
            return file;
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    BackupManifest manifest() {
        return manifest;
    }

    /** The COPY data of one table; the caller closes it. */
    InputStream data(TableData table) throws IOException {
        return zip.getInputStream(zip.getEntry(table.entry()));
    }

    private static BackupManifest readManifest(Path path, ZipFile zip) {
        ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
        if (entry == null) {
            throw new BackupRefused(path + " is not a Waypoint backup: it has no " + BackupManifest.ENTRY);
        }
        BackupManifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = DatabaseBackup.JSON.readValue(in, BackupManifest.class);
        } catch (IOException | JacksonException e) {
            throw damaged(path, "its manifest cannot be read", e);
        }
        if (!BackupManifest.FORMAT.equals(manifest.format()) || manifest.schemaVersion() == null
                || manifest.tables() == null) {
            throw new BackupRefused(path + " is not a Waypoint backup");
        }
        if (manifest.formatVersion() != BackupManifest.FORMAT_VERSION) {
            throw new BackupRefused(path + " is a backup in format " + manifest.formatVersion()
                    + ", and this version of Waypoint reads format " + BackupManifest.FORMAT_VERSION
                    + ": restore it with the Waypoint version that wrote it");
        }
        return manifest;
    }

    private void verifyEveryTable() {
        for (TableData table : manifest.tables()) {
            if (zip.getEntry(table.entry()) == null) {
                throw damaged(path, "the data of table " + table.name() + " is missing", null);
            }
            MessageDigest sha256 = DatabaseBackup.sha256();
            try (InputStream in = new DigestInputStream(data(table), sha256)) {
                in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw damaged(path, "the data of table " + table.name() + " cannot be read", e);
            }
            if (!HexFormat.of().formatHex(sha256.digest()).equals(table.sha256())) {
                throw damaged(path, "the data of table " + table.name() + " does not match its checksum", null);
            }
        }
    }

    private static BackupRefused damaged(Path path, String why, Exception cause) {
        String detail = cause instanceof ZipException || cause == null ? "" : " (" + cause.getMessage() + ")";
        return new BackupRefused("The backup file " + path + " is damaged or incomplete: " + why + detail
                + ". Nothing was restored.", cause);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // refused already; the message says why
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
