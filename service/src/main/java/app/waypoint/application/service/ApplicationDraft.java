package app.waypoint.application.service;

import app.waypoint.application.domain.ApplicationSource;
import app.waypoint.application.domain.CompanyType;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** An application's details as a form edits them; everything but company and role may be left empty. */
public record ApplicationDraft(String company, String role, String postingUrl, CompanyType companyType,
                               ApplicationSource source, String location, String salary, LocalDate postingDeadline,
                               LocalDate appliedOn, LocalDate followUpOn, String resumeVersion, String notes,
                               String tags, List<ContactDraft> contacts, Set<String> skillKeys) {

    /** Just a company and a role, as a quick add starts. */
    public static ApplicationDraft of(String company, String role) {
        return new ApplicationDraft(company, role, null, null, null, null, null, null, null, null, null, null, null,
                List.of(), Set.of());
    }
}
