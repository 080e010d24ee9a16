package app.waypoint.application.domain;

import jakarta.persistence.Embeddable;

/** Someone at the company: a recruiter or an interviewer, with how to reach them (email or phone). */
@Embeddable
public record ApplicationContact(String name, String role, String reach) {

    public static final int MAX_NAME = 100;
    public static final int MAX_ROLE = 100;
    public static final int MAX_REACH = 200;
}
