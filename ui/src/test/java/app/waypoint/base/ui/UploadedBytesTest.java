package app.waypoint.base.ui;

import org.junit.jupiter.api.Test;

import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

class UploadedBytesTest {

    /** 100 MB that exist only as they are read, counting what was taken and whether it was closed. */
    private static final class HugeUpload extends InputStream {
        long served;
        boolean closed;

        @Override
        public int read() {
            return served++ < 100_000_000L ? 'x' : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            int given = (int) Math.min(length, 100_000_000L - served);
            if (length == 0) {
                return 0;
            }
            if (given <= 0) {
                return -1;
            }
            java.util.Arrays.fill(buffer, offset, offset + given, (byte) 'x');
            served += given;
            return given;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void aHundredMegabyteUploadIsReadOnlyOneBytePastTheLimit() throws Exception {
        HugeUpload upload = new HugeUpload();

        byte[] read = UploadedBytes.readAtMost(upload, 2 * 1024 * 1024);

        assertThat(read).hasSize(2 * 1024 * 1024 + 1);
        assertThat(upload.served).isEqualTo(2 * 1024 * 1024 + 1);
        assertThat(upload.closed).isTrue();
    }

    @Test
    void aFileWithinTheLimitIsReadWhole() throws Exception {
        byte[] read = UploadedBytes.readAtMost(new java.io.ByteArrayInputStream(new byte[1000]), 1000);

        assertThat(read).hasSize(1000);
    }
}
