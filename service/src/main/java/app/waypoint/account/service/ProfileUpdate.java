package app.waypoint.account.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A changed profile. {@code version} is the version the user started editing from; a newer one in the
 * database means another tab saved first. Language and dark mode are switches of their own
 * ({@link AccountService#changeLanguage}, {@link AccountService#changeDarkMode}).
 */
public record ProfileUpdate(
        @NotBlank(message = "{account.display-name.required}")
        @Size(max = 60, message = "{account.display-name.too-long}")
        String displayName,

        @Size(max = 100, message = "{account.target-role.too-long}")
        String targetRole,

        LocalDate targetDate,

        @NotNull(message = "{account.time-zone.required}")
        ZoneId timeZone,

        long version) {
}
