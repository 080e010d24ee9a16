package app.waypoint.base.domain;

/** The longest web address Waypoint keeps, for every link a person gives (a repository, a posting, a problem). */
public final class WebAddress {

    public static final int MAX_LENGTH = 2000;

    private WebAddress() {
    }
}
