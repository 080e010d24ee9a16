package app.waypoint.account.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;

public interface SignedInSessionRepository extends JpaRepository<SignedInSession, String> {

    List<SignedInSession> findByAccountId(long accountId);

    @Query("select distinct s.accountId from SignedInSession s where s.accountId is not null and s.ended = false")
    List<Long> findSignedInAccounts();

    @Modifying
    @Transactional
    @Query("update SignedInSession s set s.ended = true where s.sessionKey = :sessionKey")
    int end(String sessionKey);

    @Modifying
    @Transactional
    @Query("delete from SignedInSession s where s.sessionKey = :sessionKey")
    int forget(String sessionKey);

    /** Forgets the sessions signed in before a time no session outlives. */
    @Modifying
    @Transactional
    @Query("delete from SignedInSession s where s.signedInAt < :before")
    int forgetSignedInBefore(Instant before);
}
