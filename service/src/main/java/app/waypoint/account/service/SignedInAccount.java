package app.waypoint.account.service;

import app.waypoint.account.domain.Account;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The principal of a signed-in session. Equal by account id, so that the session registry finds all of
 * one account's sessions.
 */
public final class SignedInAccount implements UserDetails, CredentialsContainer {

    private final long accountId;
    private final String email;
    private final List<GrantedAuthority> authorities;
    private final boolean deletionCancelledBySigningIn;
    private String passwordHash;

    SignedInAccount(Account account, boolean deletionCancelledBySigningIn) {
        this.deletionCancelledBySigningIn = deletionCancelledBySigningIn;
        this.accountId = account.getId();
        this.email = account.getEmail();
        this.passwordHash = account.getPasswordHash();
        this.authorities = List.of(new SimpleGrantedAuthority("ROLE_" + account.getRole().name()));
    }

    public long accountId() {
        return accountId;
    }

    /** Whether this sign-in cancelled the account's scheduled deletion. */
    public boolean deletionCancelledBySigningIn() {
        return deletionCancelledBySigningIn;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInAccount that && accountId == that.accountId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId);
    }

    @Override
    public String toString() {
        return "SignedInAccount[" + accountId + "]";
    }
}
