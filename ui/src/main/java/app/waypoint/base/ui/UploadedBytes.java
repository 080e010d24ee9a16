package app.waypoint.base.ui;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads an upload as it arrives, never more than one byte past the limit: a file too large is known without
 * holding it, whatever the browser was told about the limit.
 */
public final class UploadedBytes {

    private UploadedBytes() {
    }

    /** At most {@code limit + 1} bytes of the stream; more than {@code limit} means the file is too large. */
    public static byte[] readAtMost(InputStream upload, int limit) throws IOException {
        try (InputStream in = upload) {
            return in.readNBytes(limit + 1);
        }
    }
}
