package app.waypoint.export.service;

/** Hears how far an export has come: after each list, how many of how many are written. */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = (done, total) -> {
    };

    void listWritten(int done, int total);
}
