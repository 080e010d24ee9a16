package app.waypoint.account.service;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** Opens accounts and signs in through the same entry points a person uses. */
@Component
public class AccountFixtures {

    public static final String PASSWORD = "blue whale studies at dawn";

    private final AccountService accountService;
    private final LoginAuthenticationProvider login;

    AccountFixtures(AccountService accountService, LoginAuthenticationProvider login) {
        this.accountService = accountService;
        this.login = login;
    }

    public void signUp(String email, String displayName) {
        accountService.signUp(new SignUpRequest(email, displayName, PASSWORD), Locale.KOREAN);
    }

    public Authentication logIn(String email, String password) {
        Authentication authentication = login.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, password));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }

    /** Opens an account and signs in as its owner. */
    public Authentication signUpAndLogIn(String email) {
        signUp(email, email.substring(0, email.indexOf('@')));
        return logIn(email, PASSWORD);
    }

    public static void logOut() {
        SecurityContextHolder.clearContext();
    }
}
