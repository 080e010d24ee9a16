package app.waypoint.account.domain;

import app.waypoint.base.domain.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/** A person's account: credentials, role and the profile that shapes their Waypoint. */
@Entity
public class Account {

    /** Limits of the profile's texts, in characters as a person counts them; the columns are as wide. */
    public static final int MAX_EMAIL = 254;
    public static final int MAX_DISPLAY_NAME = 60;
    public static final int MAX_TARGET_ROLE = 100;
    public static final int MAX_ROADMAP_FILTER = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = MAX_EMAIL)
    private String email;

    @Column(length = MAX_DISPLAY_NAME)
    private String displayName;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(length = MAX_TARGET_ROLE)
    private String targetRole;

    private LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    private Language language;

    @Column(length = 64)
    private String timeZone;

    private boolean darkMode;

    /** The roadmap outline's last chosen filter, by name; the roadmap feature reads it, unknown names mean all. */
    @Column(length = MAX_ROADMAP_FILTER)
    private String roadmapFilter;

    private Instant createdAt;

    private Instant passwordChangedAt;

    private Instant disabledAt;

    private Instant lastSignInAt;

    /** When the account is deleted, if its owner asked for that; null when no deletion is scheduled. */
    private Instant deletionDueAt;

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    public Account(String email, String displayName, String passwordHash, Role role, Language language,
                   ZoneId timeZone, Instant now) {
        this.email = normalizeEmail(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = Objects.requireNonNull(role);
        this.language = language;
        this.timeZone = timeZone.getId();
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    /** Emails are compared without regard to case or surrounding blanks. */
    public static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public void changeProfile(String displayName, String targetRole, LocalDate targetDate, ZoneId timeZone) {
        this.displayName = displayName;
        this.targetRole = targetRole;
        this.targetDate = targetDate;
        this.timeZone = timeZone.getId();
    }

    public void changePasswordHash(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
    }

    /** A disabled account cannot sign in; its data stays until an admin enables it again. */
    public void disable(Instant now) {
        if (disabledAt == null) {
            disabledAt = now;
        }
    }

    public void enable() {
        disabledAt = null;
    }

    public boolean isDisabled() {
        return disabledAt != null;
    }

    public void changeRole(Role role) {
        this.role = Objects.requireNonNull(role);
    }

    public Instant getDisabledAt() {
        return disabledAt;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    /** Schedules the deletion; asking again while one is scheduled keeps the first date. */
    public void scheduleDeletion(Instant due) {
        if (deletionDueAt == null) {
            deletionDueAt = due;
        }
    }

    /** Cancels a scheduled deletion; true if there was one. */
    public boolean cancelDeletion() {
        boolean scheduled = deletionDueAt != null;
        deletionDueAt = null;
        return scheduled;
    }

    /** Whether the account is to be deleted by now. */
    public boolean isDeletionDue(Instant now) {
        return deletionDueAt != null && !deletionDueAt.isAfter(now);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public String getTargetRole() {
        return targetRole;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    /** The chosen language, or null to follow the browser. */
    public Language getLanguage() {
        return language;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public boolean isDarkMode() {
        return darkMode;
    }

    public String getRoadmapFilter() {
        return roadmapFilter;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    /** When the account is to be deleted, or null. */
    public Instant getDeletionDueAt() {
        return deletionDueAt;
    }

    public long getVersion() {
        return version;
    }
}
