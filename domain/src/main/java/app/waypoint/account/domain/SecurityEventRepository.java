package app.waypoint.account.domain;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

public interface SecurityEventRepository extends JpaRepository<SecurityEvent, Long> {

    List<SecurityEvent> findByAccountIdAndKindInOrderByOccurredAtDescIdDesc(long accountId,
                                                                          Collection<SecurityEventKind> kinds,
                                                                          Pageable page);

    /** The newest events first, of the given kinds and account (any account when null). */
    @Query("""
            select e from SecurityEvent e
            where (:accountId is null or e.accountId = :accountId) and e.kind in :kinds
            order by e.occurredAt desc, e.id desc
            """)
    List<SecurityEvent> findRecent(Long accountId, Collection<SecurityEventKind> kinds, Pageable page);

    /**
     * Lets this transaction delete the log entries of one account, and no others: the log's trigger allows a
     * delete only of rows whose account this setting names, and the setting ends with the transaction.
     */
    @Query(nativeQuery = true, value = "select set_config('waypoint.purging_account', cast(:accountId as text), true)")
    String allowPurgeOf(long accountId);

    /** Deletes an account's own entries, once {@link #allowPurgeOf} named it in this transaction. */
    @Modifying
    @Query(nativeQuery = true, value = "delete from security_event where account_id = :accountId")
    int deleteEntriesOf(long accountId);
}
