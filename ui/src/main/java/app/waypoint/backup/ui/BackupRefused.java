package app.waypoint.backup.ui;

/** A backup or restore that cannot go ahead, with a message that tells the person running it what to do. */
public class BackupRefused extends RuntimeException {

    BackupRefused(String message) {
        super(message);
    }

    BackupRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
