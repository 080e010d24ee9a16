package app.waypoint.portfolio.domain;

/** A status change the rules do not allow (say, from an idea straight to done); nothing changed. */
public class IllegalStatusChangeException extends RuntimeException {

    public IllegalStatusChangeException(Enum<?> from, Enum<?> to) {
        super("Cannot go from " + from + " to " + to);
    }
}
