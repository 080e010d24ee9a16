package app.waypoint.application.domain;

/** A move a closed application cannot make, or a reopening of one that is open: refused, with its reason key. */
public class IllegalApplicationChangeException extends RuntimeException {

    private final String messageKey;

    public IllegalApplicationChangeException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
