package app.waypoint.account.service;

import app.waypoint.account.domain.Account;
import app.waypoint.account.domain.AccountRepository;
import app.waypoint.account.domain.InstanceSettings;
import app.waypoint.account.domain.InstanceSettingsRepository;
import app.waypoint.account.domain.PasswordReset;
import app.waypoint.account.domain.PasswordResetRepository;
import app.waypoint.account.domain.RegistrationMode;
import app.waypoint.account.domain.Role;
import app.waypoint.account.domain.SecurityEventKind;
import app.waypoint.account.domain.SignUpInvite;
import app.waypoint.account.domain.SignUpInviteRepository;
import app.waypoint.base.service.ConcurrentEditException;
import app.waypoint.base.service.NotAllowedException;
import app.waypoint.base.service.NotFoundException;
import app.waypoint.base.service.SecretCodes;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What an instance's admins do: find accounts, disable and enable them, hand over a password-reset link, make
 * or remove admins (never the last one), and decide how new people get an account. Every change is written to
 * the security log with the admin who made it.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class AdminService {

    public static final int PAGE_SIZE = 20;
    public static final int MAX_SEARCH = 100;
    static final Duration ACTIVE_WINDOW = Duration.ofDays(7);

    private final AccountRepository accounts;
    private final InstanceSettingsRepository settings;
    private final PasswordResetRepository resets;
    private final SignUpInviteRepository invites;
    private final SecretCodes secrets;
    private final AccountSessions sessions;
    private final SecurityEvents log;
    private final CurrentUser currentUser;
    private final Clock clock;

    AdminService(AccountRepository accounts, InstanceSettingsRepository settings, PasswordResetRepository resets,
                 SignUpInviteRepository invites, SecretCodes secrets, AccountSessions sessions, SecurityEvents log,
                 CurrentUser currentUser, Clock clock) {
        this.accounts = accounts;
        this.settings = settings;
        this.resets = resets;
        this.invites = invites;
        this.secrets = secrets;
        this.sessions = sessions;
        this.log = log;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Accounts whose email or name contains the search text, newest first, a page at a time. */
    @Transactional(readOnly = true)
    public AccountList accounts(String search, int page) {
        String text = search == null ? "" : search.strip();
        if (text.length() > MAX_SEARCH) {
            text = text.substring(0, MAX_SEARCH);
        }
        int wanted = Math.max(0, page);
        Page<Account> found = accounts.search(likeLiteral(text), PageRequest.of(wanted, PAGE_SIZE));
        long me = currentUser.id();
        return new AccountList(found.map(account -> row(account, me)).toList(), found.getTotalElements(), wanted,
                PAGE_SIZE);
    }

    /** One account's row as it is now, after an action on it. */
    @Transactional(readOnly = true)
    public AdminAccountRow account(long accountId) {
        return row(existing(accountId), currentUser.id());
    }

    /** The emails of accounts that still exist, for naming them in the security log. */
    @Transactional(readOnly = true)
    public Map<Long, String> emailsOf(Collection<Long> accountIds) {
        Map<Long, String> emails = new HashMap<>();
        accounts.findAllById(accountIds.stream().filter(Objects::nonNull).collect(Collectors.toSet()))
                .forEach(account -> emails.put(account.getId(), account.getEmail()));
        return emails;
    }

    @Transactional(readOnly = true)
    public InstanceFigures figures() {
        return new InstanceFigures(accounts.count(),
                accounts.countByLastSignInAtGreaterThanEqual(clock.instant().minus(ACTIVE_WINDOW)),
                accounts.countStudyGroups());
    }

    /** A disabled account cannot sign in, and its open sessions end at once. An admin cannot disable themselves. */
    public void disable(long accountId) {
        Account account = other(accountId);
        if (account.getRole() == Role.ADMIN) {
            throw new NotAllowedException("admin.disable-admin");
        }
        account.disable(clock.instant());
        sessions.endAll(account);
        log.record(SecurityEventKind.ACCOUNT_DISABLED, account.getId(), byMe());
    }

    public void enable(long accountId) {
        Account account = other(accountId);
        account.enable();
        log.record(SecurityEventKind.ACCOUNT_ENABLED, account.getId(), byMe());
    }

    public void makeAdmin(long accountId) {
        accounts.lockAdmins();
        Account account = existing(accountId);
        if (account.getRole() == Role.ADMIN) {
            return;
        }
        if (account.isDisabled()) {
            throw new NotAllowedException("admin.make-admin-disabled");
        }
        account.changeRole(Role.ADMIN);
        sessions.endAll(account);
        log.record(SecurityEventKind.ADMIN_GRANTED, account.getId(), byMe());
    }

    /**
     * Takes admin rights away; the account's sessions end so the rights go at once. The instance always keeps
     * at least one admin, also when two admins remove each other at the same moment.
     */
    public void removeAdmin(long accountId) {
        accounts.lockAdmins();
        Account account = existing(accountId);
        if (account.getRole() != Role.ADMIN) {
            return;
        }
        if (accounts.countByRoleAndDisabledAtIsNull(Role.ADMIN) <= 1) {
            throw new NotAllowedException("admin.last-admin");
        }
        account.changeRole(Role.USER);
        sessions.endAll(account);
        log.record(SecurityEventKind.ADMIN_REVOKED, account.getId(), byMe());
    }

    /**
     * A link that sets a new password once, within 24 hours. It replaces the account's earlier unused links;
     * only a digest of its secret is stored.
     */
    public OneTimeLink issuePasswordReset(long accountId) {
        Account account = existing(accountId);
        resets.deleteUnusedOf(account.getId());
        String secret = secrets.next();
        PasswordReset reset = resets.save(new PasswordReset(account.getId(), SecretCodes.digest(secret),
                clock.instant()));
        log.record(SecurityEventKind.PASSWORD_RESET_ISSUED, account.getId(), byMe());
        return new OneTimeLink(secret, reset.getExpiresAt());
    }

    @Transactional(readOnly = true)
    public InstanceSettingsView instanceSettings() {
        InstanceSettings current = settings.current();
        return new InstanceSettingsView(current.getRegistrationMode(), current.getVersion());
    }

    public InstanceSettingsView changeRegistrationMode(RegistrationMode mode, long expectedVersion) {
        InstanceSettings current = settings.current();
        if (current.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        current.changeRegistrationMode(Objects.requireNonNull(mode));
        InstanceSettings saved = settings.saveAndFlush(current);
        log.record(SecurityEventKind.REGISTRATION_MODE_CHANGED, currentUser.id(), mode.name());
        return new InstanceSettingsView(saved.getRegistrationMode(), saved.getVersion());
    }

    /** A sign-up link for one new account within a week, for an instance whose registration is invite-only. */
    public OneTimeLink issueSignUpInvite() {
        String secret = secrets.next();
        SignUpInvite invite = invites.save(new SignUpInvite(SecretCodes.digest(secret), currentUser.id(),
                clock.instant()));
        log.record(SecurityEventKind.SIGN_UP_INVITE_ISSUED, currentUser.id(), null);
        return new OneTimeLink(secret, invite.getExpiresAt());
    }

    private Account existing(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account " + accountId));
    }

    /** An account other than the admin's own: an admin does not lock themselves out. */
    private Account other(long accountId) {
        if (accountId == currentUser.id()) {
            throw new NotAllowedException("admin.not-yourself");
        }
        return existing(accountId);
    }

    private String byMe() {
        return "by admin " + currentUser.id();
    }

    private static AdminAccountRow row(Account account, long me) {
        return new AdminAccountRow(account.getId(), account.getEmail(), account.getDisplayName(), account.getRole(),
                account.getCreatedAt(), account.getLastSignInAt(), account.isDisabled(), account.getId() == me);
    }

    /** The text matched literally inside a LIKE pattern: its own % and _ are not wildcards. */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
