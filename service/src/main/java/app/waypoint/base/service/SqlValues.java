package app.waypoint.base.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Reads dates and moments from native query rows, whichever Java type the driver chose for them. */
public final class SqlValues {

    private SqlValues() {
    }

    public static LocalDate localDate(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate date -> date;
            case java.sql.Date date -> date.toLocalDate();
            default -> throw new IllegalArgumentException("Not a date: " + value.getClass());
        };
    }

    public static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> instant;
            case OffsetDateTime moment -> moment.toInstant();
            case java.sql.Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalArgumentException("Not a moment: " + value.getClass());
        };
    }
}
