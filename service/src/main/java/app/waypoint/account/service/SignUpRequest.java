package app.waypoint.account.service;

import app.waypoint.account.domain.Account;
import app.waypoint.base.service.MaxLength;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** What a person gives to open an account. The password rules live in {@link PasswordPolicy}. */
public record SignUpRequest(
        @NotBlank(message = "{account.email.required}")
        @MaxLength(value = Account.MAX_EMAIL, message = "{account.email.too-long}")
        @Pattern(regexp = "^\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*$", message = "{account.email.invalid}")
        String email,

        @NotBlank(message = "{account.display-name.required}")
        @MaxLength(value = Account.MAX_DISPLAY_NAME, message = "{account.display-name.too-long}")
        String displayName,

        String password,

        /** The secret of the sign-up link an admin issued, when registration is invite-only; else null. */
        String invite) {

    public SignUpRequest(String email, String displayName, String password) {
        this(email, displayName, password, null);
    }
}
