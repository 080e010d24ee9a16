package app.waypoint.base.service;

/** Thrown when someone (another tab, another member) saved the same thing first; nothing was overwritten. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException() {
        super("The data was changed by someone else in the meantime");
    }
}
