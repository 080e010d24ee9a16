package app.waypoint.account.service;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is calling, from the security context. Services ask this instead of taking a user id from a screen,
 * so nobody can act for somebody else by forging an id.
 */
@Component
public class CurrentUser {

    public SignedInAccount get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInAccount account) {
            return account;
        }
        throw new AuthenticationCredentialsNotFoundException("No signed-in account");
    }

    public long id() {
        return get().accountId();
    }
}
