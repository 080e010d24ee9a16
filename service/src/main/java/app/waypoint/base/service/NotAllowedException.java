package app.waypoint.base.service;

/**
 * Thrown when the caller may see something but not do this to it (a plain member removing someone, an owner
 * leaving without handing over). The message key explains it in the user's language.
 */
public class NotAllowedException extends RuntimeException {

    private final String messageKey;

    public NotAllowedException(String messageKey) {
        super("Not allowed: " + messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
