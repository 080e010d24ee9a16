package app.waypoint.base.service;

/**
 * Thrown when something does not exist or is not the caller's to see: the two are never told apart, so an
 * id reveals nothing about other people's data.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super("Not found: " + what);
    }
}
