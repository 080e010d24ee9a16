package app.waypoint.account.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;
import java.util.Optional;

public interface PasswordResetRepository extends JpaRepository<PasswordReset, Long> {

    /** Locked, so that a link opened in two tabs resets the password once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<PasswordReset> findBySecretHash(String secretHash);

    /** Without a lock, for showing whose password a link sets. */
    Optional<PasswordReset> findFirstBySecretHash(String secretHash);

    /** A new link replaces the account's earlier ones that were not used. */
    @Modifying
    @Query("delete from PasswordReset r where r.accountId = :accountId and r.usedAt is null")
    void deleteUnusedOf(long accountId);
}
