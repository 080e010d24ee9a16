package app.waypoint.account.domain;

import app.waypoint.base.domain.Language;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface AccountRepository extends JpaRepository<Account, Long> {

    /** Looks an account up by an email already normalised with {@link Account#normalizeEmail}. */
    Optional<Account> findByEmail(String normalizedEmail);

    boolean existsByEmail(String normalizedEmail);

    /**
     * Language and dark mode are switches that apply at once; the last switch wins, so they do not take
     * part in the optimistic locking of the profile form.
     */
    @Modifying
    @Query("update Account a set a.language = :language where a.id = :id")
    void updateLanguage(long id, Language language);

    @Modifying
    @Query("update Account a set a.darkMode = :darkMode where a.id = :id")
    void updateDarkMode(long id, boolean darkMode);

    @Modifying
    @Query("update Account a set a.roadmapFilter = :filter where a.id = :id")
    void updateRoadmapFilter(long id, String filter);

    /** Sign-ins are not edits: the last one is noted without taking part in the profile's optimistic locking. */
    @Modifying
    @Transactional
    @Query("update Account a set a.lastSignInAt = :at where a.id = :id")
    void noteSignIn(long id, Instant at);

    /** Accounts whose email or display name contains the text (any case), newest first. */
    @Query("""
            select a from Account a
            where lower(a.email) like lower(concat('%', :text, '%')) escape '\\'
               or lower(a.displayName) like lower(concat('%', :text, '%')) escape '\\'
            order by a.createdAt desc, a.id desc""")
    Page<Account> search(String text, Pageable page);

    long countByRoleAndDisabledAtIsNull(Role role);

    long countByLastSignInAtGreaterThanEqual(Instant since);

    /** The instance's study groups, for the admin console's figures (read by table: groups build on accounts). */
    @Query(value = "select count(*) from study_group", nativeQuery = true)
    long countStudyGroups();

    /**
     * Serialises changes to who is an admin for the rest of the transaction, so that two admins removing each
     * other at once cannot leave the instance without one.
     */
    @Query(value = "select pg_advisory_xact_lock(hashtext('waypoint.account.admins'))::text", nativeQuery = true)
    String lockAdmins();

    /**
     * Serialises sign-ups for the rest of the transaction, so that two people signing up at once on an
     * empty instance cannot both become its first admin.
     */
    @Query(value = "select pg_advisory_xact_lock(hashtext('waypoint.account.signup'))::text", nativeQuery = true)
    String lockSignUps();

    /** The accounts whose deletion is due by {@code now}, oldest request first. */
    @Query("select a.id from Account a where a.deletionDueAt <= :now order by a.deletionDueAt, a.id")
    List<Long> findIdsDueForDeletion(Instant now);

    /** The account, locked until the transaction ends: a sign-in and the purge cannot both go ahead. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Account a where a.id = :id")
    Optional<Account> findLockedById(long id);

    /** Deletes the account row; the database removes what hangs off it by its foreign keys. */
    @Modifying
    @Query(nativeQuery = true, value = "delete from account where id = :id")
    int deleteRow(long id);
}
