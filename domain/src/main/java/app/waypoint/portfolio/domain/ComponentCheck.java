package app.waypoint.portfolio.domain;

import jakarta.persistence.Embeddable;

/** One item of the guide's component checklist on one project: done or not, with a note. */
@Embeddable
public record ComponentCheck(String componentKey, boolean done, String note) {

    public static final int MAX_NOTE = 2000;
}
