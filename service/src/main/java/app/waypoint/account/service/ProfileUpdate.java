package app.waypoint.account.service;

import app.waypoint.account.domain.Account;
import app.waypoint.base.service.MaxLength;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A changed profile. {@code version} is the version the user started editing from; a newer one in the
 * database means another tab saved first. Language and dark mode are switches of their own
 * ({@link AccountService#changeLanguage}, {@link AccountService#changeDarkMode}).
 */
public record ProfileUpdate(
        @NotBlank(message = "{account.display-name.required}")
        @MaxLength(value = Account.MAX_DISPLAY_NAME, message = "{account.display-name.too-long}")
        String displayName,

        @MaxLength(value = Account.MAX_TARGET_ROLE, message = "{account.target-role.too-long}")
        String targetRole,

        LocalDate targetDate,

        @NotNull(message = "{account.time-zone.required}")
        ZoneId timeZone,

        long version) {
}
