package app.waypoint.account.domain;

/** What an account may do: every person is a USER; the first account on an instance is its ADMIN. */
public enum Role {
    USER,
    ADMIN
}
