package app.waypoint.account.service;

import app.waypoint.account.domain.InstanceSettingsRepository;
import app.waypoint.account.domain.RegistrationMode;
import app.waypoint.account.domain.SignUpInvite;
import app.waypoint.account.domain.SignUpInviteRepository;
import app.waypoint.base.service.InvalidInputException;
import app.waypoint.base.service.SecretCodes;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;

/**
 * Who may open an account, by the instance's registration mode: anyone, only someone with an unused sign-up
 * link, or nobody. The first account on an empty instance is always let in, so an instance gets its admin.
 */
@Component
class Registration {

    private final InstanceSettingsRepository settings;
    private final SignUpInviteRepository invites;
    private final Clock clock;

    Registration(InstanceSettingsRepository settings, SignUpInviteRepository invites, Clock clock) {
        this.settings = settings;
        this.invites = invites;
        this.clock = clock;
    }

    RegistrationMode mode() {
        return settings.current().getRegistrationMode();
    }

    /** Refuses a sign-up the mode does not let in; the invite it used, locked, to mark once the account exists. */
    Optional<SignUpInvite> admit(String inviteSecret) {
        return switch (mode()) {
            case OPEN -> Optional.empty();
            case CLOSED -> throw new InvalidInputException("email", "account.sign-up.closed");
            case INVITE_ONLY -> Optional.of(usableInvite(inviteSecret)
                    .orElseThrow(() -> new InvalidInputException("email", "account.sign-up.invite-needed")));
        };
    }

    /** Whether a sign-up link still works, for the sign-up page to say so before anyone types. */
    boolean isUsable(String inviteSecret) {
        return inviteSecret != null && !inviteSecret.isBlank()
                && invites.findFirstBySecretHash(SecretCodes.digest(inviteSecret.strip()))
                .filter(invite -> invite.isUsable(clock.instant())).isPresent();
    }

    private Optional<SignUpInvite> usableInvite(String inviteSecret) {
        if (inviteSecret == null || inviteSecret.isBlank()) {
            return Optional.empty();
        }
        return invites.findBySecretHash(SecretCodes.digest(inviteSecret.strip()))
                .filter(invite -> invite.isUsable(clock.instant()));
    }
}
