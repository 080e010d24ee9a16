package app.waypoint.account.service;

import app.waypoint.account.domain.Account;
import app.waypoint.base.domain.Language;
import app.waypoint.account.domain.Role;

import java.time.LocalDate;
import java.time.ZoneId;

/** A read-only view of the signed-in account, for screens. */
public record AccountProfile(
        String email,
        String displayName,
        Role role,
        String targetRole,
        LocalDate targetDate,
        Language language,
        ZoneId timeZone,
        boolean darkMode,
        String roadmapFilter,
        long version) {

    static AccountProfile of(Account account) {
        return new AccountProfile(account.getEmail(), account.getDisplayName(), account.getRole(),
                account.getTargetRole(), account.getTargetDate(), account.getLanguage(), account.getTimeZone(),
                account.isDarkMode(), account.getRoadmapFilter(), account.getVersion());
    }

    /** The editable part, ready to be changed and saved. */
    public ProfileUpdate toUpdate() {
        return new ProfileUpdate(displayName, targetRole, targetDate, timeZone, version);
    }
}
