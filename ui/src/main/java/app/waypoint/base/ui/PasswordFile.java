package app.waypoint.base.ui;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A generated database password kept in a file only its owner can read. The file is written only when
 * {@link #store()} is called: on a first start the data directory must stay empty until PostgreSQL has
 * initialised it.
 */
record PasswordFile(Path file, String password, boolean stored) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static PasswordFile readOrGenerate(Path file) throws IOException {
        if (Files.exists(file)) {
            return new PasswordFile(file, Files.readString(file).strip(), true);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        // URL-safe Base64 has no quote, colon or backslash, so the password also works in a .pgpass line
        return new PasswordFile(file, Base64.getUrlEncoder().withoutPadding().encodeToString(secret), false);
    }

    PasswordFile store() throws IOException {
        if (stored) {
            return this;
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            // created owner-only, so the password is never readable by others, not even for a moment
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(file, password + "\n");
        return new PasswordFile(file, password, true);
    }
}
