package app.waypoint.account.service;

import app.waypoint.account.domain.Account;
import app.waypoint.account.domain.AccountRepository;
import app.waypoint.base.domain.Language;
import app.waypoint.account.domain.RegistrationMode;
import app.waypoint.account.domain.Role;
import app.waypoint.account.domain.SignUpInvite;
import app.waypoint.account.domain.SecurityEventKind;
import app.waypoint.base.service.ClientAddress;
import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.FieldProblem;
import app.waypoint.base.service.InputValidator;
import app.waypoint.base.service.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static app.waypoint.base.service.TextInput.blankToNull;

/** Opening an account and looking after its profile and password. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class AccountService {

    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Asia/Seoul");

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final InputValidator validator;
    private final SessionRegistry sessions;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AttemptLimiter limiter;
    private final SecurityEvents log;
    private final Registration registration;
    private final CurrentPasswordCheck currentPasswordCheck;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
                   InputValidator validator, SessionRegistry sessions, CurrentUser currentUser, Clock clock,
                   AttemptLimiter limiter, SecurityEvents log, Registration registration,
                   CurrentPasswordCheck currentPasswordCheck) {
        this.currentPasswordCheck = currentPasswordCheck;
        this.limiter = limiter;
        this.registration = registration;
        this.log = log;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.validator = validator;
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Opens an account, in the language the person is using. The first account on an empty instance
     * becomes its admin. Valid requests from one address are limited per hour.
     */
    @PreAuthorize("permitAll()")
    public void signUp(SignUpRequest request, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>(validator.problemsOf(request));
        passwordPolicy.problemWith(request.password(), request.email())
                .ifPresent(key -> problems.add(new FieldProblem("password", key)));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ClientAddress.current().ifPresent(address -> {
            if (!limiter.tryAttempt(AttemptRule.SIGN_UP_ADDRESS, address)) {
                throw new InvalidInputException("email", "account.sign-up.throttled");
            }
        });
        accounts.lockSignUps();
        boolean first = accounts.count() == 0;
        Optional<SignUpInvite> invite = first ? Optional.empty() : registration.admit(request.invite());
        String email = Account.normalizeEmail(request.email());
        if (accounts.existsByEmail(email)) {
            throw new InvalidInputException("email", "account.email.taken");
        }
        Role role = first ? Role.ADMIN : Role.USER;
        Account opened = accounts.save(new Account(email, request.displayName().strip(),
                passwordEncoder.encode(request.password()), role, Language.of(locale), DEFAULT_TIME_ZONE,
                clock.instant()));
        invite.ifPresent(used -> used.use(opened.getId(), clock.instant()));
        log.record(SecurityEventKind.SIGN_UP, opened.getId(), role == Role.ADMIN ? "first account: ADMIN" : null);
    }

    /** How this instance lets people in, for the sign-up page to say so; whether a sign-up link still works. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public SignUpAccess signUpAccess(String inviteSecret) {
        return new SignUpAccess(accounts.count() == 0 ? RegistrationMode.OPEN : registration.mode(),
                registration.isUsable(inviteSecret));
    }

    /** Whether the rules accept this password for this email; for checking as the user types. */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<String> passwordProblem(String password, String email) {
        return passwordPolicy.problemWith(password, email);
    }

    /** The signed-in account's profile, read once per request. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public AccountProfile currentProfile() {
        return ProfileOfThisRequest.of(currentUser.id(), () -> AccountProfile.of(signedIn()));
    }

    public AccountProfile updateProfile(ProfileUpdate update) {
        validator.check(update);
        ProfileOfThisRequest.forget();
        Account account = signedIn();
        if (account.getVersion() != update.version()) {
            throw new ConcurrentEditException();
        }
        account.changeProfile(update.displayName().strip(), blankToNull(update.targetRole()), update.targetDate(),
                update.timeZone());
        try {
            return AccountProfile.of(accounts.saveAndFlush(account));
        } catch (OptimisticLockingFailureException raced) {
            throw new ConcurrentEditException();
        }
    }

    /** Remembers the language; null follows the browser. Applies at once, apart from the profile form. */
    public void changeLanguage(Language language) {
        ProfileOfThisRequest.forget();
        accounts.updateLanguage(currentUser.id(), language);
    }

    public void changeDarkMode(boolean darkMode) {
        ProfileOfThisRequest.forget();
        accounts.updateDarkMode(currentUser.id(), darkMode);
    }

    /** Remembers the roadmap outline's filter by name, like the switches above: the last choice wins. */
    public void rememberRoadmapFilter(String filter) {
        if (filter == null || !filter.matches("[A-Z_]{1," + Account.MAX_ROADMAP_FILTER + "}")) {
            throw new InvalidInputException("filter", "error.invalid-choice");
        }
        ProfileOfThisRequest.forget();
        accounts.updateRoadmapFilter(currentUser.id(), filter);
    }

    /**
     * Changes the password after checking the current one, then ends every other session of the account:
     * whoever might have the old password is signed out.
     */
    public void changePassword(String currentPassword, String newPassword) {
        ProfileOfThisRequest.forget();
        Account account = signedIn();
        currentPasswordCheck.check(account, currentPassword);
        passwordPolicy.problemWith(newPassword, account.getEmail()).ifPresent(key -> {
            throw new InvalidInputException("newPassword", key);
        });
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new InvalidInputException("newPassword", "password.same-as-current");
        }
        account.changePasswordHash(passwordEncoder.encode(newPassword), clock.instant());
        log.record(SecurityEventKind.PASSWORD_CHANGED, account.getId(), null);
        endOtherSessions();
    }

    private void endOtherSessions() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        // the registry names sessions its own way; this one is found by its id and compared by that name
        SessionInformation thisSession = request == null ? null
                : sessions.getSessionInformation(request.getSessionId());
        for (SessionInformation session : sessions.getAllSessions(currentUser.get(), false)) {
            if (thisSession == null || !session.getSessionId().equals(thisSession.getSessionId())) {
                session.expireNow();
            }
        }
    }

    private Account signedIn() {
        return accounts.findById(currentUser.id())
                .orElseThrow(() -> new IllegalStateException("The signed-in account no longer exists"));
    }
}
