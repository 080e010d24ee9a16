package app.waypoint.application.service;

import app.waypoint.application.domain.ApplicationOutcome;
import app.waypoint.application.domain.ApplicationSource;
import app.waypoint.application.domain.CompanyType;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An application as the board and the table list it; {@code silent} when it sat in its stage longer than the
 * stage's silence limit.
 */
public record ApplicationCard(long id, String company, String role, long stageId, String stageName,
                              ApplicationOutcome outcome, CompanyType companyType, ApplicationSource source,
                              LocalDate appliedOn, LocalDate followUpOn, Instant changedAt, boolean silent,
                              String tags, long version) {
}
