package app.waypoint.application.domain;

/** Where a posting was found. */
public enum ApplicationSource {
    WANTED,
    SARAMIN,
    JOBKOREA,
    LINKEDIN,
    REFERRAL,
    COMPANY_SITE,
    OTHER
}
