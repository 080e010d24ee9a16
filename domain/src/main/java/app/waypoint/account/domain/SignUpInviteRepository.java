package app.waypoint.account.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

import jakarta.persistence.LockModeType;
import java.util.Optional;

public interface SignUpInviteRepository extends JpaRepository<SignUpInvite, Long> {

    /** Locked, so that two people opening one link cannot both use it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<SignUpInvite> findBySecretHash(String secretHash);

    Optional<SignUpInvite> findFirstBySecretHash(String secretHash);
}
