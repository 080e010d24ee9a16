package app.waypoint.account.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a person gives to open an account. The password rules live in {@link PasswordPolicy}. */
public record SignUpRequest(
        @NotBlank(message = "{account.email.required}")
        @Size(max = 254, message = "{account.email.too-long}")
        @Pattern(regexp = "^\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*$", message = "{account.email.invalid}")
        String email,

        @NotBlank(message = "{account.display-name.required}")
        @Size(max = 60, message = "{account.display-name.too-long}")
        String displayName,

        String password) {
}
