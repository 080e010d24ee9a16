package app.waypoint.group.domain;

/** Whether a member came to a session; excused absences do not count against their attendance rate. */
public enum Attendance {
    PRESENT,
    ABSENT,
    EXCUSED
}
